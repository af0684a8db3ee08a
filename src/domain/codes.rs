//! French public identifiers: SIRET and SIREN (Luhn key), INSEE commune
//! codes, postal codes.

/// What is wrong with a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not the right number of characters, or not digits.
    Shape,
    /// The check key (Luhn) does not match.
    Key,
    /// A commune of another département.
    Departement,
}

fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(d - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn all_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks a SIRET: 14 digits with a valid Luhn key (La Poste's
/// establishments, SIREN 356 000 000, may use a sum of digits divisible
/// by 5 instead).
pub fn check_siret(s: &str) -> Result<(), CodeError> {
    if !all_digits(s, 14) {
        return Err(CodeError::Shape);
    }
    let ok = luhn(s.as_bytes())
        || (s.starts_with("356000000")
            && s.bytes()
                .map(|b| u32::from(b - b'0'))
                .sum::<u32>()
                .is_multiple_of(5));
    if ok { Ok(()) } else { Err(CodeError::Key) }
}

/// Checks a SIREN (e.g. an EPCI's): 9 digits with a valid Luhn key.
pub fn check_siren(s: &str) -> Result<(), CodeError> {
    if !all_digits(s, 9) {
        return Err(CodeError::Shape);
    }
    if luhn(s.as_bytes()) {
        Ok(())
    } else {
        Err(CodeError::Key)
    }
}

/// Checks an INSEE commune code against the département's code: five
/// characters, the département's code first (`34172`, `2A004`, `97411`).
pub fn check_commune(code: &str, departement: &str) -> Result<(), CodeError> {
    let b = code.as_bytes();
    let shape = b.len() == 5
        && match &b[..2] {
            b"2A" | b"2B" => b[2..].iter().all(u8::is_ascii_digit),
            _ => b.iter().all(u8::is_ascii_digit),
        };
    if !shape {
        return Err(CodeError::Shape);
    }
    let dep = departement.trim();
    if !dep.is_empty() && !code.starts_with(dep) {
        return Err(CodeError::Departement);
    }
    Ok(())
}

/// Whether `code` is a département's INSEE code: `01`–`95` (not `20`),
/// `2A`, `2B`, or `971`–`976`.
pub fn departement(code: &str) -> bool {
    match code.as_bytes() {
        b"2A" | b"2B" => true,
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            matches!(code.parse::<u8>(), Ok(n) if (1..=95).contains(&n) && n != 20)
        }
        [b'9', b'7', c] => (b'1'..=b'6').contains(c),
        _ => false,
    }
}

/// Checks a French postal code: five digits.
pub fn check_postal_code(s: &str) -> Result<(), CodeError> {
    if all_digits(s, 5) {
        Ok(())
    } else {
        Err(CodeError::Shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siret_needs_fourteen_digits_and_its_key() {
        // SIRET given as an example by the data·inclusion schema.
        assert_eq!(check_siret("13003013300016"), Ok(()));
        assert_eq!(check_siret("13003013300017"), Err(CodeError::Key));
        assert_eq!(check_siret("1300301330001"), Err(CodeError::Shape));
        assert_eq!(check_siret("130030133000a6"), Err(CodeError::Shape));
        assert_eq!(check_siret("130 030 133 00016"), Err(CodeError::Shape));
        // A La Poste establishment: digits sum to a multiple of 5.
        assert_eq!(check_siret("35600000012345"), Err(CodeError::Key));
        assert_eq!(check_siret("35600000000015"), Ok(()));
    }

    #[test]
    fn siren_needs_nine_digits_and_its_key() {
        assert_eq!(check_siren("130030133"), Ok(()));
        assert_eq!(check_siren("130030134"), Err(CodeError::Key));
        assert_eq!(check_siren("13003013"), Err(CodeError::Shape));
    }

    #[test]
    fn commune_codes_belong_to_the_departement() {
        assert_eq!(check_commune("34172", "34"), Ok(()));
        assert_eq!(check_commune("30189", "34"), Err(CodeError::Departement));
        assert_eq!(check_commune("3417", "34"), Err(CodeError::Shape));
        assert_eq!(check_commune("34A72", "34"), Err(CodeError::Shape));
        assert_eq!(check_commune("2A004", "2A"), Ok(()));
        assert_eq!(check_commune("97411", "974"), Ok(()));
        assert_eq!(check_postal_code("34000"), Ok(()));
        for ok in ["34", "01", "2A", "2B", "95", "971", "976"] {
            assert!(departement(ok), "{ok}");
        }
        for bad in ["Hérault", "34 ", "20", "00", "96", "99", "2a", "977", "3"] {
            assert!(!departement(bad), "{bad}");
        }
        assert_eq!(check_postal_code("3400"), Err(CodeError::Shape));
    }
}
