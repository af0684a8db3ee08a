//! The loader on any bytes: `cargo fuzz run loader` (see `fuzz/README.md`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    pacte::fuzzing::loader(data);
});
