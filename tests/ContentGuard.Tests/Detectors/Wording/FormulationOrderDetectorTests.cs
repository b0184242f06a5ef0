namespace ContentGuard.Tests.Detectors.Wording;

public sealed class FormulationOrderDetectorTests
{
    private static IReadOnlyList<Finding> Orders(string text, TextFormat format = TextFormat.Text) =>
        [.. Wording.Check(text, format: format).Where(f => f.Rule.Id == "FORMULATION_ORDER")];

    [Theory]
    [InlineData("社会主义核心价值观：富强、文明、民主、和谐。", "富强、文明、民主、和谐", "富强、民主、文明、和谐")]
    [InlineData("坚持创新、绿色、协调、开放、共享的新发展理念。", "创新、绿色、协调、开放、共享", "创新、协调、绿色、开放、共享")]
    [InlineData("增强政治意识、核心意识、大局意识、看齐意识。", "政治意识、核心意识、大局意识、看齐意识", "政治意识、大局意识、核心意识、看齐意识")]
    public void A_fixed_enumeration_out_of_order_is_critical_with_the_official_order(string text, string wrong, string right)
    {
        var f = Assert.Single(Orders(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal(right, Assert.Single(f.Replacements).Value);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains(right, f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reversed_two_part_slogan_is_a_review_with_the_official_order()
    {
        var f = Assert.Single(Orders("牢记使命、不忘初心。"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal("不忘初心、牢记使命", Assert.Single(f.Replacements).Value);
    }

    [Fact]
    public void An_unverified_member_list_out_of_order_asks_for_a_review_without_a_fix()
    {
        // numbered.tsv: the members of 五位一体 are not verified in the fact sheet.
        var f = Assert.Single(Orders("统筹推进政治建设、经济建设、文化建设、社会建设、生态文明建设。"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
        Assert.Contains("请人工核实", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("社会主义核心价值观：富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善。")]
    [InlineData("坚持创新、协调、绿色、开放、共享的新发展理念。")]
    [InlineData("推动绿色、协调发展。")]
    [InlineData("民主、富强的国家。")]
    [InlineData("文明、富强、民主、和谐、美丽、开放的城市。")]
    [InlineData("牢记使命，不忘初心。")]
    public void Official_order_partial_or_longer_lists_and_separate_clauses_pass(string text) => Assert.Empty(Orders(text));

    [Theory]
    [InlineData("富強、文明、民主、和諧。", "富強、文明、民主、和諧")]
    [InlineData("富强、文*明、民主、和谐。", "富强、文*明、民主、和谐")]
    [InlineData("“富强”、“文明”、“民主”、“和谐”。", "富强”、“文明”、“民主”、“和谐")]
    public void Traditional_characters_inserted_symbols_and_quotes_are_seen_through(string text, string wrong)
    {
        var f = Assert.Single(Orders(text));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
    }
}
