using System.Text;

namespace ContentGuard.Tests.Detectors.Wording;

/// <summary>Each kind of knowledge-table entry, positive and negative, and user tables extending them.</summary>
public sealed class WordingTablesTests
{
    [Fact]
    public void A_death_makes_a_current_title_outdated_but_not_a_plain_mention()
    {
        Assert.Single(Wording.Check("李克强总理考察了工厂。", "LEADER_TITLE"));
        Assert.Empty(Wording.Check("李克强同志的一生是光辉的一生。", "LEADER_TITLE"));
        Assert.Empty(Wording.Check("李克强总理考察了工厂。", "LEADER_TITLE", new DateOnly(2020, 6, 1)));
    }

    [Fact]
    public void A_living_former_leader_is_only_outdated_under_a_current_title()
    {
        Assert.Empty(Wording.Check("胡锦涛同志出席大会。", "LEADER_TITLE"));
        Assert.Single(Wording.Check("国家主席胡锦涛出席大会。", "LEADER_TITLE"));
    }

    [Fact]
    public void An_accepted_full_form_title_is_checked_like_the_short_one()
    {
        // 中华人民共和国主席 is an `ok` synonym of 国家主席 in leader_titles.tsv.
        Assert.Empty(Wording.Check("中华人民共和国主席习近平签署主席令。", "LEADER_TITLE"));
        var f = Assert.Single(Wording.Check("中华人民共和国主席李强签署主席令。", "LEADER_TITLE"));
        Assert.Equal("LEADER_TITLE_MISMATCH", f.Rule.Id);
    }

    [Fact]
    public void A_post_with_nothing_special_is_not_sent_to_review() =>
        Assert.Empty(Wording.Check("中央军委副主席张升民出席。", "LEADER_TITLE"));

    [Fact]
    public void A_historical_member_list_of_a_numbered_formulation_is_correct()
    {
        // numbered.tsv has a current (C) and a historical (H) row for 四个全面.
        Assert.Empty(Wording.Check("“四个全面”，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", "FORMULATION"));
        Assert.Empty(Wording.Check("“四个全面”，即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。", "FORMULATION"));
        Assert.Single(Wording.Check("“四个全面”，即全面深化改革、全面依法治国、全面从严治党。", "FORMULATION"));
    }

    [Fact]
    public void A_numbered_formulation_without_members_checks_only_its_number()
    {
        Assert.Empty(Wording.Check("深刻把握“十个明确”。", "FORMULATION"));
        Assert.Empty(Wording.Check("做到三个明确：明确目标、明确责任、明确时限。", "FORMULATION"));
    }

    [Fact]
    public void A_user_leader_table_extends_the_embedded_one()
    {
        const string table = "# source: test\n# current-to: 2026-11-27\n# version: test-1\n# licence: MIT\n" +
            "name\ttitle\tfull_title\tfrom\tto\trank\tterm\tstatus\tverified\tsource\tnote\n" +
            "张三丰\t国务委员\t\t2026-01\t\t\t\t\tyes\ttest\t\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(table));
        var checker = new ContentCheckerBuilder().UseDefaults().AddLexicon(stream, "my-leaders.tsv").Build();
        var result = checker.Check("国务委员张三峰出席会议。", new CheckOptions { DocumentDate = Wording.Today });
        var f = Assert.Single(result.Matches, m => m.Rule.Category.Id == "LEADER_NAME");
        Assert.Equal("张三丰", f.Replacements[0].Value);
        Assert.DoesNotContain(checker.Check("国务委员张三丰出席会议。", new CheckOptions { DocumentDate = Wording.Today }).Matches, m => m.Rule.Category.Id.StartsWith("LEADER", StringComparison.Ordinal));
    }

    [Fact]
    public void The_loaded_tables_report_their_versions()
    {
        var data = TestEngine.Default.Check("正文。").Software.Data;
        foreach (var table in new[] { "leaders.tsv", "leader_titles.tsv", "leader_deaths.tsv", "formulations.tsv", "numbered.tsv" })
        {
            Assert.StartsWith(table.Split('.')[0].Replace('_', '-'), data[table], StringComparison.Ordinal);
        }
    }
}
