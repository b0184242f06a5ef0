namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// The citizen identity number (公民身份号码, GB 11643-1999): 6-digit address code + birth date YYYYMMDD + 3-digit
/// sequence + check character (ISO 7064 MOD 11-2, <c>X</c> for 10); and the old 15-digit form (address code + YYMMDD
/// of a 19xx birth date + sequence, no check character).
/// </summary>
/// <remarks>
/// The address code of an 18-character number must lie under a known prefecture: the check character, the date and the
/// prefecture already make a chance match rare, and county codes retired since the card was issued (北京 110103 崇文区,
/// 110104 宣武区…) are still on millions of cards. A 15-digit number has no check character, so its 6-digit county code
/// must be in the table. A birth date must be real, not before 1900 and not after the document's date.
/// </remarks>
internal static class ResidentId
{
    public const int Length = 18;
    public const int OldLength = 15;

    private const string CheckChars = "10X98765432";

    private static readonly DateOnly Earliest = new(1900, 1, 1);

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>True when <paramref name="value"/> is a valid 18- or 15-character number born on or before <paramref name="notAfter"/>.</summary>
    /// <param name="value">ASCII digits; the 18th character may be <c>X</c> or <c>x</c>.</param>
    /// <param name="notAfter">The latest possible birth date (the document's date).</param>
    public static bool IsValid(ReadOnlySpan<char> value, DateOnly notAfter) => IsValid(value, notAfter, RegionCodes.Default);

    internal static bool IsValid(ReadOnlySpan<char> value, DateOnly notAfter, RegionCodes regions)
    {
        switch (value.Length)
        {
            case Length:
                return AllDigits(value[..17])
                    && char.ToUpperInvariant(value[17]) == CheckChar(value[..17])
                    && regions.IsPrefecture(Number(value[..4]))
                    && IsBirthDate(Number(value[6..10]), value[10..14], notAfter);
            case OldLength:
                return AllDigits(value)
                    && regions.IsCounty(Number(value[..6]))
                    && IsBirthDate(1900 + Number(value[6..8]), value[8..12], notAfter);
            default:
                return false;
        }
    }

    /// <summary>The check character (<c>0</c>–<c>9</c> or <c>X</c>) of the first 17 digits.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || !AllDigits(first17))
        {
            throw new ArgumentException("17 ASCII digits expected.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    /// <summary>The redacted form: address code and the last four characters kept, the birth date starred (<c>110101********123X</c>).</summary>
    public static string Mask(ReadOnlySpan<char> value) => value.Length switch
    {
        Length => string.Concat(value[..6], "********", value[14..17], char.ToUpperInvariant(value[17]).ToString()),
        OldLength => string.Concat(value[..6], "******", value[12..]),
        _ => throw new ArgumentException("An 18- or 15-character number expected.", nameof(value)),
    };

    private static bool IsBirthDate(int year, ReadOnlySpan<char> monthDay, DateOnly notAfter)
    {
        var month = Number(monthDay[..2]);
        var day = Number(monthDay[2..]);
        if (year < Earliest.Year || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        return new DateOnly(year, month, day) <= notAfter;
    }

    private static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
