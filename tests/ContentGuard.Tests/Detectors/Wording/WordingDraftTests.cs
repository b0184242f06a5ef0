namespace ContentGuard.Tests.Detectors.Wording;

/// <summary>Whole paragraphs as drafts are written: every error once, in its own category, and nothing else.</summary>
public sealed class WordingDraftTests
{
    [Fact]
    public void A_correct_official_paragraph_passes()
    {
        const string text = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”，" +
            "统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。近日，中共中央总书记、国家主席、中央军委主席习近平在北京会见了来自美国、日本、中国台湾等国家和地区的代表。" +
            "国务院总理李强、全国政协主席王沪宁参加会见。2016年，时任国务院总理李克强曾考察该项目。";
        Assert.Empty(Wording.Check(text));
        Assert.Equal(Suggestion.Pass, TestEngine.Default.Check(text, new CheckOptions { DocumentDate = Wording.Today }).Decision.Suggestion);
    }

    [Fact]
    public void A_draft_with_several_errors_reports_each_once()
    {
        const string text = "会议强调，要深入学习贯彻习近平总书记重要讲话精神，坚定三个自信，深入开展扫黑险恶专项斗争。" +
            "让我们更加紧密地团结在以习仅平同志为核心的党中央周围。产品远销英国、新加坡、香港等国。";
        var found = Wording.Check(text).Select(f => (f.Rule.Category.Id, f.Text, f.Replacements.Count > 0 ? f.Replacements[0].Value : null)).OrderBy(x => text.IndexOf(x.Text, StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                ("FORMULATION", "三个自信", "四个自信"),
                ("FORMULATION", "扫黑险恶", "扫黑除恶"),
                ("LEADER_NAME", "习仅平", "习近平"),
                ("SOVEREIGNTY", "等国", "等国家和地区"),
            ],
            found);
        Assert.Equal(Suggestion.Block, TestEngine.Default.Check(text, new CheckOptions { DocumentDate = Wording.Today }).Decision.Suggestion);
    }
}
