namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// A payment card number (ISO/IEC 7812): 16–19 digits with a known issuer prefix (62 UnionPay, 4 Visa, 5 Mastercard
/// and other 5-series cards) and a valid Luhn check digit.
/// </summary>
internal static class BankCard
{
    public const int MinLength = 16;
    public const int MaxLength = 19;

    /// <summary>True when <paramref name="digits"/> is a card number: length, issuer prefix and Luhn check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length is >= MinLength and <= MaxLength
        && !digits.ContainsAnyExceptInRange('0', '9')
        && HasIssuerPrefix(digits)
        && PassesLuhn(digits);

    /// <summary>True for the issuer prefixes we accept: 62…, 4…, 5….</summary>
    public static bool HasIssuerPrefix(ReadOnlySpan<char> digits) =>
        digits.Length >= 2 && (digits[0] is '4' or '5' || (digits[0] == '6' && digits[1] == '2'));

    /// <summary>The Luhn (mod 10) check over all digits, the last being the check digit.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>The redacted form: first and last four digits kept (<c>6217 **** **** 0123</c>); the length is not revealed.</summary>
    public static string Mask(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 8)
        {
            throw new ArgumentException("A card number expected.", nameof(digits));
        }

        return string.Concat(digits[..4], " **** **** ", digits[^4..]);
    }
}
