using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ContentGuard.Tests.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace ContentGuard.Tests.Text;

/// <summary>
/// Random documents (emoji, combining marks, CR/LF, zero-width and full-width characters, markup, entities): every
/// finding maps back to exactly the text it names, never splits a surrogate pair, and none is lost.
/// </summary>
public sealed partial class OffsetPropertyTests
{
    private static readonly ContentChecker Checker = new ContentCheckerBuilder().AddDetector(new TermDetector("赌博")).Build();

    private static readonly string[] TextPieces =
    [
        "普通文字", "😀", "👩‍👩‍👧", "e\u0301", "\r\n", "\n", "赌博", "賭博", "赌\u200B博", "赌*博", "ＡＢＣ", "𠀀", "。", " ", "x", "\uD800",
    ];

    private static readonly string[] HtmlPieces = ["<b>", "</b>", "<p>", "</p>", "&amp;", "&lt;", "<!-- 赌博 -->", "<br>", "&#36172;&#21338;", "<i title=\"a>b\">", "</i>", "<img alt=\"赌博\">",
        "<img src='a>b.png' alt=\"严禁&#36172;&#21338;\r\n&amp;\" title=alt=x>", "<IMG ALT=赌博/>",
    ];

    public static Arbitrary<string[]> Documents(bool html) =>
        Gen.ArrayOf(Gen.Elements(html ? [.. TextPieces.Where(p => p != "\uD800"), .. HtmlPieces] : TextPieces)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public FsCheck.Property Plain_text_findings_name_their_exact_span() =>
        Prop.ForAll(Documents(html: false), pieces =>
        {
            var source = string.Concat(pieces);
            var result = Checker.Check(source);
            var expected = pieces.Count(p => p is "赌博" or "賭博" or "赌\u200B博" or "赌*博");
            return result.Matches.Count == expected && result.Matches.All(f => MapsBack(source, f) && Unmark(f.Text) == "赌博");
        });

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public FsCheck.Property Html_findings_point_into_the_html_source(bool wrap) =>
        Prop.ForAll(Documents(html: true), pieces =>
        {
            var source = (wrap ? "<html><body>" : string.Empty) + string.Concat(pieces) + (wrap ? "</body></html>" : string.Empty);
            var result = Checker.Check(source, new CheckOptions { Format = TextFormat.Html });
            return result.Matches.All(f => MapsBack(source, f) && Unmark(WebUtility.HtmlDecode(Tags().Replace(f.Text, string.Empty))) == "赌博");
        });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public FsCheck.Property Sentence_ranges_lie_inside_the_source_and_in_order() =>
        Prop.ForAll(Documents(html: false), pieces =>
        {
            var source = string.Concat(pieces);
            var ranges = Checker.Check(source).SentenceRanges;
            return ranges.All(r => r.Start >= 0 && r.End <= source.Length && r.Start < r.End)
                   && ranges.Zip(ranges.Skip(1)).All(p => p.First.End <= p.Second.Start);
        });

    private static bool MapsBack(string source, Finding f) =>
        f.Offset >= 0 && f.Length > 0 && f.Offset + f.Length <= source.Length
        && source.Substring(f.Offset, f.Length) == f.Text
        && !char.IsLowSurrogate(source[f.Offset])
        && !char.IsHighSurrogate(source[f.Offset + f.Length - 1]);

    private static string Unmark(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormC))
        {
            if (c is '\u200B' or '*' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            sb.Append(c == '賭' ? '赌' : c);
        }

        return sb.ToString();
    }

    [GeneratedRegex("<[^>]*>|<!--.*?-->")]
    private static partial Regex Tags();
}
