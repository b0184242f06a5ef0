namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// A mainland mobile number: 11 digits in a current mobile range (<see cref="MobileRanges"/>, from libphonenumber's
/// CN metadata), written without the country code. Landlines (0751-8963983, 8963983) and hotlines (12345, 400…) are
/// not mobile numbers.
/// </summary>
internal static class MobileNumber
{
    public const int Length = 11;

    /// <summary>True when <paramref name="digits"/> is an 11-digit number in a mobile range.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) => IsValid(digits, MobileRanges.Default);

    internal static bool IsValid(ReadOnlySpan<char> digits, MobileRanges ranges)
    {
        if (digits.Length != ranges.Length || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var key = 0;
        for (var i = 0; i < MobileRanges.KeyDigits; i++)
        {
            key = (key * 10) + (digits[i] - '0');
        }

        return ranges.Contains(key);
    }

    /// <summary>The redacted form: first three and last four digits kept (<c>186****5678</c>).</summary>
    public static string Mask(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Length)
        {
            throw new ArgumentException("An 11-digit number expected.", nameof(digits));
        }

        return string.Concat(digits[..3], "****", digits[7..]);
    }
}
