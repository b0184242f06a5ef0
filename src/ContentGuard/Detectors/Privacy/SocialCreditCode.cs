namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from
/// <c>0-9 A-H J-N P-R T U W-Y</c>; characters 9–17 are a GB 11714 organisation code with its own check character, and
/// the 18th is a mod-31 check character. Organisations publish it on purpose: it is recognised so that it is never
/// mistaken for personal data, and never flagged.
/// </summary>
internal static class SocialCreditCode
{
    public const int Length = 18;

    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static ReadOnlySpan<byte> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static ReadOnlySpan<byte> OrganisationWeights => [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>True when <paramref name="value"/> (either case) is a code with both check characters valid.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var v = ValueOf(value[i]);
            if (v < 0)
            {
                return false;
            }

            sum += v * Weights[i];
        }

        var check = ValueOf(value[^1]);
        return check >= 0 && check == (31 - (sum % 31)) % 31 && IsOrganisationCode(value[8..17]);
    }

    /// <summary>The check character (mod 31) of the first 17 characters.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var v = ValueOf(first17[i]);
            if (v < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the code's character set.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714: 8 characters (digits or letters, A = 10 … Z = 35) and a check character (11 − Σ mod 11; 10 → X, 11 → 0).</summary>
    internal static bool IsOrganisationCode(ReadOnlySpan<char> code9)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = char.ToUpperInvariant(code9[i]);
            var v = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : -1;
            if (v < 0)
            {
                return false;
            }

            sum += v * OrganisationWeights[i];
        }

        var expected = (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var r => (char)('0' + r),
        };
        return char.ToUpperInvariant(code9[8]) == expected;
    }

    private static int ValueOf(char c) => Charset.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
}
