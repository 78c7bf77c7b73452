/// Product in GF(2⁸) reduced by x⁸ + x⁴ + x³ + x² + 1 (0x11D), the field of QR Code error correction;
/// shift-and-add keeps it table-free, and the few thousand products a symbol needs cost nothing.
private func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
    var product = 0
    for bit in (0..<8).reversed() {
        product = (product << 1) ^ ((product >> 7) * 0x11D)
        product ^= Int((y >> bit) & 1) * Int(x)
    }
    return UInt8(product)
}

/// (x − α⁰)(x − α¹)…(x − α^(degree−1)) with α = 2, highest coefficient first and the leading 1 left out.
func generatorPolynomial(degree: Int) -> [UInt8] {
    var coefficients = [UInt8](repeating: 0, count: degree - 1) + [1]
    var root: UInt8 = 1
    for _ in 0..<degree {
        for index in coefficients.indices {
            coefficients[index] = multiply(coefficients[index], root)
            if index + 1 < coefficients.count {
                coefficients[index] ^= coefficients[index + 1]
            }
        }
        root = multiply(root, 0x02)
    }
    return coefficients
}

/// The error-correction codewords: the remainder of data · x^degree divided by the generator.
func remainder(of data: [UInt8], dividedBy generator: [UInt8]) -> [UInt8] {
    var remainder = [UInt8](repeating: 0, count: generator.count)
    for byte in data {
        let factor = byte ^ remainder.removeFirst()
        remainder.append(0)
        for index in remainder.indices {
            remainder[index] ^= multiply(generator[index], factor)
        }
    }
    return remainder
}
