using System.Buffers;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// Finds resident ID numbers, card numbers, mobile numbers and social credit codes in normalized text.
/// </summary>
/// <remarks>
/// <para>A <em>run</em> is a maximal stretch of ASCII letters and digits, where up to <see cref="MaxGap"/> noise
/// characters (space, <c>-</c>, <c>.</c>, <c>+</c>…) may separate its <em>groups</em>: <c>6222 0210 0112 2334 458</c> and
/// <c>138-0013-8000</c> are one run each; a star (<c>*</c>, as in masked numbers) is not a gap. Full-width digits are
/// ASCII already in the normalized text. A run is delimited by anything else, so a number inside a longer digit string
/// is never a match.</para>
/// <para>The whole run is tried first. When it is not a number we know, sub-runs made of whole groups of at least
/// <see cref="MinSubGroup"/> characters are tried, longest first (<c>+86 138 0013 8000</c>, <c>ID 110101…</c>); a sub-run
/// never starts or ends at a decimal point.</para>
/// <para>Formats are told apart by length, check characters and, only where needed, the label in front
/// (<see cref="ContextCue"/>): a valid social credit code is an organisation's; a string valid both as an ID number and as
/// a credit code is an ID unless labelled as a credit code; a 17–18-digit card number needs a card label; weakly checked
/// numbers (mobile, card, 15-digit ID) labelled as order, document or registration numbers, after a document-number
/// bracket (〔2024〕…) or before a unit (…万元, …人) are not personal data.</para>
/// </remarks>
internal static class PrivacyScanner
{
    /// <summary>The most noise characters between two groups of one run.</summary>
    public const int MaxGap = 3;

    /// <summary>The shortest group a sub-run may contain.</summary>
    public const int MinSubGroup = 3;

    /// <summary>A star is how numbers are masked (186****5678): it ends a run instead of joining groups.</summary>
    private const char MaskChar = '*';

    private const int MaxCandidate = 19;
    private const int MaxGroups = 64;

    // Counters that turn a number into a quantity. Not 张 or 家: a surname or 家属 may follow a phone number directly.
    private const string UnitsAfter = "万亿元人名个次吨米亩户台辆件剂千百份套股倍斤克";
    private const string MarksBefore = "〕]】第¥￥";

    private static readonly SearchValues<char> AsciiAlphanumeric = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Adds every recognised number of <paramref name="text"/> to <paramref name="found"/>, in text order.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="documentDate">Birth dates after this date are not real.</param>
    /// <param name="found">Receives the matches.</param>
    public static void Scan(NormalizedText text, DateOnly documentDate, List<PiiMatch> found)
    {
        var s = text.Text;
        Span<Group> groups = stackalloc Group[MaxGroups];
        var i = 0;
        while (i < s.Length)
        {
            var next = s.AsSpan(i).IndexOfAny(AsciiAlphanumeric);
            if (next < 0)
            {
                break;
            }

            i += next;
            var count = 0;
            var j = i;
            while (true)
            {
                var groupStart = j;
                while (j < s.Length && IsAlphanumeric(s[j]))
                {
                    j++;
                }

                groups[count++] = new Group(groupStart, j);
                if (count == MaxGroups)
                {
                    break;
                }

                var k = j;
                while (k < s.Length && k - j <= MaxGap && text.IsNoise(k) && s[k] != MaskChar)
                {
                    k++;
                }

                if (k > j && k - j <= MaxGap && k < s.Length && IsAlphanumeric(s[k]))
                {
                    j = k;
                    continue;
                }

                break;
            }

            ScanRun(text, groups[..count], documentDate, found);
            i = j;
        }
    }

    private static void ScanRun(NormalizedText text, ReadOnlySpan<Group> groups, DateOnly documentDate, List<PiiMatch> found)
    {
        var total = 0;
        foreach (var g in groups)
        {
            total += g.Length;
        }

        if (total <= MaxCandidate && TryClassify(text, groups, 0, groups.Length - 1, documentDate, out var whole))
        {
            found.Add(whole);
            return;
        }

        if (groups.Length == 1)
        {
            return;
        }

        var s = text.Text;
        for (var a = 0; a < groups.Length; a++)
        {
            if (groups[a].Length < MinSubGroup || (a > 0 && IsDecimalPoint(s, groups[a - 1], groups[a])))
            {
                continue;
            }

            var last = a;
            var length = groups[a].Length;
            while (last + 1 < groups.Length && groups[last + 1].Length >= MinSubGroup && length + groups[last + 1].Length <= MaxCandidate)
            {
                last++;
                length += groups[last].Length;
            }

            for (var b = last; b >= a; b--)
            {
                if ((a == 0 && b == groups.Length - 1)
                    || (b + 1 < groups.Length && IsDecimalPoint(s, groups[b], groups[b + 1]))
                    || !TryClassify(text, groups, a, b, documentDate, out var match))
                {
                    continue;
                }

                found.Add(match);
                a = b;
                break;
            }
        }
    }

    private static bool TryClassify(NormalizedText text, ReadOnlySpan<Group> groups, int a, int b, DateOnly documentDate, out PiiMatch match)
    {
        match = default;
        var s = text.Text;
        Span<char> value = stackalloc char[MaxCandidate];
        Span<int> at = stackalloc int[MaxCandidate];
        var n = 0;
        for (var g = a; g <= b; g++)
        {
            for (var p = groups[g].Start; p < groups[g].End; p++)
            {
                if (n == MaxCandidate)
                {
                    return false;
                }

                value[n] = char.ToUpperInvariant(s[p]);
                at[n++] = p;
            }
        }

        var v = value[..n];
        var digits = !v.ContainsAnyExceptInRange('0', '9');
        var start = groups[a].Start;
        var end = groups[b].End;
        if (b == groups.Length - 1 && end < s.Length && UnitsAfter.Contains(s[end], StringComparison.Ordinal))
        {
            return false; // a quantity: 13705267968万元, 15837剂次
        }

        var marked = a == 0 && IsMarkedBefore(text, start);
        var cue = CueKind.None;
        var cueRead = false;
        CueKind Cue()
        {
            if (!cueRead)
            {
                cue = ContextCue.Nearest(s, start);
                cueRead = true;
            }

            return cue;
        }

        bool WeakAllowed() => !marked && Cue() is not (CueKind.OtherNumber or CueKind.Organisation);

        switch (n)
        {
            case MobileNumber.Length:
                if (digits && MobileNumber.IsValid(v) && WeakAllowed())
                {
                    match = new PiiMatch(PiiKind.Mobile, start, end - start, v.ToString());
                    return true;
                }

                return false;

            case 13 or 15 when digits && HasCountryCode(text, groups[a], start, v) is var skip and > 0:
                if (MobileNumber.IsValid(v[skip..]) && WeakAllowed())
                {
                    match = new PiiMatch(PiiKind.Mobile, at[skip], end - at[skip], v[skip..].ToString());
                    return true;
                }

                return false;

            case ResidentId.OldLength:
                if (digits && ResidentId.IsValid(v, documentDate) && !marked && Cue() is (CueKind.None or CueKind.ResidentId))
                {
                    match = new PiiMatch(PiiKind.ResidentId, start, end - start, v.ToString());
                    return true;
                }

                return false;

            case >= BankCard.MinLength and <= BankCard.MaxLength:
                var id = n == ResidentId.Length && ResidentId.IsValid(v, documentDate);
                var code = n == SocialCreditCode.Length && SocialCreditCode.IsValid(v);
                var card = digits && BankCard.IsValid(v);
                PiiKind kind;
                if (id)
                {
                    kind = code && Cue() == CueKind.Organisation ? PiiKind.SocialCreditCode
                        : card && Cue() == CueKind.BankCard ? PiiKind.BankCard
                        : PiiKind.ResidentId;
                }
                else if (code)
                {
                    kind = card && Cue() == CueKind.BankCard ? PiiKind.BankCard : PiiKind.SocialCreditCode;
                }
                else if (card && (n is 16 or 19 ? WeakAllowed() : Cue() == CueKind.BankCard && !marked))
                {
                    kind = PiiKind.BankCard;
                }
                else
                {
                    return false;
                }

                match = new PiiMatch(kind, start, end - start, v.ToString());
                return true;

            default:
                return false;
        }
    }

    /// <summary>The number of country-code digits (86 or 0086) opening <paramref name="v"/>, or 0.</summary>
    private static int HasCountryCode(NormalizedText text, Group first, int start, ReadOnlySpan<char> v)
    {
        if (v.Length == 15 && v.StartsWith("0086"))
        {
            return 4;
        }

        if (v.Length == 13 && v.StartsWith("86") && (first.Length == 2 || (start > 0 && text[start - 1] == '+')))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>True when the run follows a document-number bracket (〔2024〕), 第, or a currency sign, noise skipped.</summary>
    private static bool IsMarkedBefore(NormalizedText text, int start)
    {
        var p = start - 1;
        while (p >= 0 && start - p <= MaxGap && text.IsNoise(p))
        {
            p--;
        }

        return p >= 0 && MarksBefore.Contains(text[p], StringComparison.Ordinal);
    }

    /// <summary>True when a single <c>.</c> joins two digits: a sub-run never starts or ends at a decimal point (0.4111…).</summary>
    private static bool IsDecimalPoint(string s, Group left, Group right) =>
        right.Start - left.End == 1 && s[left.End] == '.' && char.IsAsciiDigit(s[left.End - 1]) && char.IsAsciiDigit(s[right.Start]);

    private static bool IsAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);

    private readonly record struct Group(int Start, int End)
    {
        public int Length => End - Start;
    }
}
