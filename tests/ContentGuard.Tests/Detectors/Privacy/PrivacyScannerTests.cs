using ContentGuard.Detectors.Privacy;
using ContentGuard.Normalization;

namespace ContentGuard.Tests.Detectors.Privacy;

public sealed class PrivacyScannerTests
{
    private static readonly Normalizer Normalizer = new(CharData.TraditionalToSimplified);

    private static List<PiiMatch> Scan(string text)
    {
        var found = new List<PiiMatch>();
        PrivacyScanner.Scan(Normalizer.Normalize(text), new DateOnly(2026, 11, 27), found);
        return found;
    }

    [Theory]
    [InlineData("统一社会信用代码：91350100M000100Y43。")]
    [InlineData("统一社会信用代码：９１３５０１００Ｍ０００１００Ｙ４３。")] // full-width
    [InlineData("（91350100m000100y43）")]
    [InlineData("信用代码 91350100 M000100Y4 3")] // spaced
    public void A_social_credit_code_is_recognised_as_an_organisation(string text)
    {
        var m = Assert.Single(Scan(text));
        Assert.Equal(PiiKind.SocialCreditCode, m.Kind);
        Assert.Equal("91350100M000100Y43", m.Value);
        Assert.False(m.IsPersonal);
    }

    [Theory]
    [InlineData("统一社会信用代码：91350100M000100Y44。")] // check character wrong
    [InlineData("代码：191350100M000100Y43")] // inside a longer run
    [InlineData("代码：91350100M000100Y43A")]
    public void A_broken_or_embedded_code_is_not_recognised(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void Matches_carry_normalized_spans_and_canonical_values()
    {
        const string text = "身份证号11010519491231002x，手机186-1234-5678";
        var found = Scan(text);
        Assert.Equal([PiiKind.ResidentId, PiiKind.Mobile], found.Select(m => m.Kind));
        Assert.Equal("11010519491231002X", found[0].Value);
        Assert.Equal(text.IndexOf("1101", StringComparison.Ordinal), found[0].Start);
        Assert.Equal("18612345678", found[1].Value);
        Assert.Equal("186-1234-5678".Length, found[1].Length);
    }

    [Fact]
    public void A_long_run_of_groups_is_scanned_to_its_end()
    {
        var text = string.Join(' ', Enumerable.Repeat("ab", 100)) + " 18612345678";
        Assert.Equal("18612345678", Assert.Single(Scan(text)).Value);
    }
}
