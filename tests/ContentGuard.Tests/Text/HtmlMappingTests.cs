using ContentGuard.Tests.Detectors;

namespace ContentGuard.Tests.Text;

public sealed class HtmlMappingTests
{
    private static readonly ContentChecker Checker = new ContentCheckerBuilder().AddDetector(new TermDetector("赌博")).Build();

    [Fact]
    public void Finding_offsets_point_into_the_html_source()
    {
        const string html = "<html><body><p class=\"x\">严禁<b>赌博</b>活动。</p></body></html>";
        var result = Checker.Check(html, new CheckOptions { Format = TextFormat.Html });
        var f = Assert.Single(result.Matches);
        Assert.Equal("赌博", f.Text);
        Assert.Equal(html.IndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Fact]
    public void Entities_map_to_the_whole_entity()
    {
        var text = AnnotatedText.FromHtml("<p>A&amp;B&nbsp;C&#x4E2D;</p>");
        Assert.Equal("A&B\u00A0C中", text.Text);
        const string html = "<p>&#36172;&#21338;</p>";
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal("&#36172;&#21338;", f.Text);
    }

    [Theory]
    [InlineData("<p>&copy赌博</p>")]
    [InlineData("<table><tr><script>x='赌博'</script>&copy赌博</table>")]
    public void A_legacy_entity_without_a_semicolon_maps_to_the_entity(string html)
    {
        // HTML decodes &copy (no ';') as ©; a char that maps nowhere let the next one be matched inside the script.
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal(html.LastIndexOf("赌博", StringComparison.Ordinal), f.Offset);
        var map = AnnotatedText.FromHtml(html).Map;
        var copy = map.Plain.IndexOf('©', StringComparison.Ordinal);
        Assert.Equal("&copy", html[map.SourceStartOf(copy)..map.SourceEndOf(copy)]);
    }

    [Fact]
    public void Script_style_comments_and_head_are_not_checked()
    {
        const string html = "<html><head><title>通知</title><style>p{x:'赌博'}</style><script>var s='赌博';</script></head>" +
                            "<body><!-- 赌博 --><p>正文</p><noscript>赌博</noscript></body></html>";
        var text = AnnotatedText.FromHtml(html);
        Assert.DoesNotContain("赌博", text.Text, StringComparison.Ordinal);
        Assert.Contains("通知", text.Text, StringComparison.Ordinal);
        Assert.Empty(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
    }

    [Fact]
    public void Text_after_a_script_maps_to_the_right_place()
    {
        const string html = "<p>前<script>if (a < b) { x = '>' }</script>赌博</p>";
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal(html.LastIndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Theory]
    [InlineData("<table><tr><td>严禁赌博</td>&nbsp;<td>正文</td></tr></table>")]
    [InlineData("<table><tr><td>严禁赌博</td></tr>说明文字</table>")]
    [InlineData("<table><tr><td>一</td></tr>&nbsp;</table><table><tr><td>严禁赌博</td></tr></table>")]
    [InlineData("<table><tr><td>赌博</td></tr>说明<tr><td>严禁赌博</td></tr></table>尾注赌博")]
    public void Text_the_parser_moves_out_of_a_table_does_not_shift_the_cells(string html)
    {
        // Stray text between table rows or cells (a legacy editor's &nbsp;) is "foster-parented": the parser puts it
        // before the table, so the tree no longer follows the source order.
        var result = Checker.Check(html, new CheckOptions { Format = TextFormat.Html });
        Assert.NotEmpty(result.Matches);
        foreach (var f in result.Matches)
        {
            Assert.Equal("赌博", f.Text);
            Assert.Equal("赌博", html.Substring(f.Offset, f.Length));
        }

        Assert.Equal(html.Split("赌博").Length - 1, result.Matches.Count);
    }

    [Fact]
    public void Text_after_many_unclosed_hidden_elements_maps_to_the_right_place()
    {
        // The parser makes unclosed <select>s siblings; each is skipped to its closing tag, which is searched once.
        var html = string.Concat(Enumerable.Repeat("<select>", 2_000)) + "</select>严禁<select>赌博</select>赌博<p>赌博</p>";
        var result = Checker.Check(html, new CheckOptions { Format = TextFormat.Html });
        var visible = html.IndexOf("</select>赌博", StringComparison.Ordinal) + "</select>".Length;
        Assert.Equal([visible, html.LastIndexOf("赌博", StringComparison.Ordinal)], result.Matches.Select(m => m.Offset));
    }

    [Theory]
    [InlineData("<script>var s='赌博';</script>赌<b>博</b>")]
    [InlineData("<style>p::after{content:'赌博'}</style><p>赌博</p>")]
    [InlineData("<meta charset=utf-8><script>x='赌博'</script><p>赌博</p>")]
    public void Text_after_a_script_or_style_in_an_implied_head_maps_past_it(string html)
    {
        // A fragment's leading <script> or <style> goes into the head the parser implies; that head has no source
        // position, so it was not skipped and the body's text was matched inside the script.
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal(html.LastIndexOf('赌'), f.Offset);
    }

    [Fact]
    public void A_title_after_a_script_in_the_head_is_checked_once_and_maps_to_itself()
    {
        const string html = "<script>x='赌博'</script><title>赌博</title><p>赌博</p>";
        var offsets = Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches.Select(m => m.Offset);
        Assert.Equal([html.IndexOf("赌博</title>", StringComparison.Ordinal), html.LastIndexOf("赌博", StringComparison.Ordinal)], offsets);
    }

    [Fact]
    public void Text_moved_out_of_a_table_that_holds_a_script_is_not_matched_inside_the_script()
    {
        const string html = "<table><script>var a='<p>赌博</p>';</script>赌博<td>赌博</td></table><script>b='赌博'</script>赌博";
        var offsets = Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches.Select(m => m.Offset).Order();
        int[] visible = [html.IndexOf("</script>赌博", StringComparison.Ordinal) + 9, html.IndexOf("<td>赌博", StringComparison.Ordinal) + 4, html.Length - 2];
        Assert.Equal(visible, offsets);
    }

    [Fact]
    public void Block_elements_end_sentences()
    {
        var result = Checker.Check("<p>第一段</p><div>第二段</div><ul><li>甲</li><li>乙</li></ul>", new CheckOptions { Format = TextFormat.Html });
        Assert.Equal(4, result.SentenceRanges.Count);
    }

    [Fact]
    public void A_term_split_by_inline_markup_is_one_finding_spanning_the_markup()
    {
        const string html = "<p>赌<span>博</span></p>";
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal("赌<span>博", f.Text);
    }

    [Fact]
    public void Attribute_values_with_angle_brackets_do_not_shift_offsets()
    {
        const string html = "<p title=\"a>b\">赌博</p>";
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal(html.IndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Fact]
    public void Annotated_parts_map_interpretAs_to_the_markup()
    {
        var text = AnnotatedText.FromParts([new(Text: "赌"), new(Markup: "<br/>", InterpretAs: ""), new(Text: "博")]);
        Assert.Equal("赌博", text.Text);
        var f = Assert.Single(Checker.Check(text).Matches);
        Assert.Equal("赌<br/>博", f.Text);
    }

    [Fact]
    public void Deeply_nested_html_is_walked_without_recursion()
    {
        const int depth = 10_000;
        var html = string.Concat(Enumerable.Repeat("<span>", depth)) + "赌博" + string.Concat(Enumerable.Repeat("</span>", depth));
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal(depth * "<span>".Length, f.Offset);
    }

    [Theory]
    [InlineData("<p>图为现场。<img src=\"a.png\" alt=\"严禁赌博宣传画\"></p>")]
    [InlineData("<p>图为现场。<img alt='严禁赌博宣传画' src=a.png></p>")]
    [InlineData("<p>图为现场。<IMG SRC=a.png ALT=严禁赌博宣传画></p>")]
    [InlineData("<map><area shape=rect coords=0,0,1,1 href=x alt=\"严禁赌博\"></map>")]
    [InlineData("<form><input type=\"image\" src=\"b.png\" alt=\"严禁赌博\"></form>")]
    public void Image_alt_text_is_checked_and_maps_into_the_attribute(string html)
    {
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal("赌博", f.Text);
        Assert.Equal(html.IndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Fact]
    public void Alt_text_is_a_paragraph_of_its_own_after_the_page_text_and_the_text_after_the_image_keeps_its_offsets()
    {
        const string html = "<p>严禁<img src=\"a.png\" alt=\"图片\">赌博。<img alt=\"赌博\"></p>";
        var result = Checker.Check(html, new CheckOptions { Format = TextFormat.Html });
        Assert.Equal("严禁赌博。\n图片\n赌博", AnnotatedText.FromHtml(html).Text);
        Assert.Equal(
            [html.IndexOf("赌博。", StringComparison.Ordinal), html.LastIndexOf("赌博", StringComparison.Ordinal)],
            result.Matches.Select(m => m.Offset).Order());
    }

    [Fact]
    public void Entities_in_alt_text_map_to_the_whole_entity()
    {
        const string html = "<img alt=\"&#36172;&#21338; &amp; 彩票\">";
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal("&#36172;&#21338;", f.Text);
    }

    [Theory]
    [InlineData("<input type=\"text\" alt=\"赌博\">")]
    [InlineData("<img src=a.png alt=\"\"><p>正文</p>")]
    [InlineData("<img src=a.png title=\"赌博\" data-alt=\"赌博\">")]
    [InlineData("<div alt=\"赌博\">正文</div>")]
    public void Other_attributes_and_empty_or_non_image_alt_are_not_checked(string html)
    {
        Assert.Empty(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
    }

    [Fact]
    public void An_ampersand_entity_maps_to_the_whole_entity()
    {
        // &amp; decodes to a string starting with '&': it used to be matched as a bare '&' char.
        const string html = "<p>A&amp;B</p>";
        var map = AnnotatedText.FromHtml(html).Map;
        var amp = map.Plain.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal("&amp;", html[map.SourceStartOf(amp)..map.SourceEndOf(amp)]);
        Assert.Equal(html.IndexOf('B', StringComparison.Ordinal), map.SourceStartOf(amp + 1));
    }

    [Theory]
    [InlineData("<img alt=\"R&ampD 赌博\">", "R&ampD 赌博")] // a named reference without ';' before a letter stays as written in an attribute
    [InlineData("<img alt=\"a&amp=b 赌博\">", "a&amp=b 赌博")]
    [InlineData("<img alt=\"&copy 赌博\">", "© 赌博")] // before a space it is decoded
    [InlineData("<img alt=\"&#36172a 赌博\">", "赌a 赌博")] // numeric references always are
    [InlineData("<img alt=\"赌博\0\">", "赌博\uFFFD")]
    public void Alt_text_is_read_as_the_parser_reads_attribute_values(string html, string plain)
    {
        Assert.Equal(plain, AnnotatedText.FromHtml(html).Text);
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches, m => m.Text == "赌博");
        Assert.Equal(html.LastIndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Theory]
    [InlineData("<img alt=\"正常\" alt=\"严禁赌博\">")] // the first of duplicate attributes counts
    [InlineData("<img title=\"alt=赌博\" alt=\"正常\">")]
    [InlineData("<img title=alt=赌博 alt=正常>")]
    public void Only_the_first_alt_attribute_is_read(string html) =>
        Assert.Empty(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);

    [Theory]
    [InlineData("<img title=\"a>b\" alt=\"严禁赌博\">")]
    [InlineData("<img/alt=\"严禁赌博\"/>")]
    [InlineData("<IMG ALT='严禁赌博'>")]
    [InlineData("<image alt=\"严禁赌博\">")] // the parser reads <image> as <img>
    [InlineData("<p>前<img\nalt\n=\n'严禁赌博'\n>后</p>")]
    [InlineData("<img alt=\"严禁赌博\"><html><body>正文</body></html>")]
    [InlineData("<table>说明<img alt=\"严禁赌博\"><tr><td>正文</td></tr></table>")] // moved before the table (foster parenting)
    public void Alt_text_in_unusual_tags_maps_into_the_attribute(string html)
    {
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal(html.IndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Fact]
    public void An_image_with_alt_text_inside_a_word_does_not_split_the_word()
    {
        // Read in place, the alt text would have cut 赌博 in two: a way to slip a term past the check.
        const string html = "<p>严禁赌<img src=\"x.png\" alt=\"图\">博。</p>";
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal("赌<img src=\"x.png\" alt=\"图\">博", f.Text);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"utf-8\"><meta name=\"description\" content=\"本站严禁赌博信息\"><title>通知</title></head><body><p>正文。</p></body></html>")]
    [InlineData("<html><head><title>通知</title><META NAME=\"Keywords\" CONTENT=\"通知,赌博,公告\"></head><body><p>正文。</p></body></html>")]
    [InlineData("<meta name=description content=严禁赌博><p>正文。</p>")]
    public void Meta_description_and_keywords_are_checked_and_map_into_the_content_attribute(string html)
    {
        var f = Assert.Single(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);
        Assert.Equal("赌博", f.Text);
        Assert.Equal(html.IndexOf("赌博", StringComparison.Ordinal), f.Offset);
    }

    [Theory]
    [InlineData("<html><head><meta name=\"author\" content=\"赌博\"><meta http-equiv=\"refresh\" content=\"赌博\"><meta property=\"og:description\" content=\"赌博\"></head><body><p>正文。</p></body></html>")]
    public void Other_meta_elements_are_not_checked(string html) =>
        Assert.Empty(Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches);

    [Fact]
    public void A_meta_after_the_title_leaves_the_title_and_body_offsets_alone()
    {
        const string html = "<html><head><title>赌博</title><meta name=\"description\" content=\"赌博\"></head><body><p>严禁赌博。</p></body></html>";
        var offsets = Checker.Check(html, new CheckOptions { Format = TextFormat.Html }).Matches.Select(m => m.Offset).Order().ToArray();
        Assert.Equal(
            [html.IndexOf("赌博", StringComparison.Ordinal), html.IndexOf("赌博\"", StringComparison.Ordinal), html.LastIndexOf("赌博", StringComparison.Ordinal)],
            offsets);
    }
}
