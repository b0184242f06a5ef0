using ContentGuard.Data;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class TypoDataTests
{
    [Fact]
    public void The_curated_table_loads_with_hundreds_of_pairs_and_insulting_entries()
    {
        var table = CuratedTypos.LoadEmbedded();
        Assert.True(table.Count >= 300, $"only {table.Count} entries");
        Assert.Contains(table.Entries, e => e.Insulting);
        Assert.All(table.Entries, e => Assert.NotEqual(e.Wrong, e.Right));
        Assert.NotEqual("unversioned", table.Version);
    }

    [Fact]
    public void The_mined_official_document_pairs_are_loaded_after_the_hand_written_table()
    {
        var table = CuratedTypos.LoadEmbedded();
        Assert.Contains(table.Entries, e => e.Wrong == "龟划" && e.Right == "规划");
        Assert.Contains("mined-odw", table.Version, StringComparison.Ordinal);
        Assert.True(table.Count >= 1_000, $"only {table.Count} entries");
    }

    [Fact]
    public void For_a_wrong_form_in_two_tables_the_first_table_wins()
    {
        var first = TsvTable.Parse(new StringReader("wrong\tright\tseverity\tnote\n震憾\t震撼\tminor\t手写\n"), "a.tsv");
        var second = TsvTable.Parse(new StringReader("wrong\tright\tseverity\tnote\n震憾\t震感\tminor\t挖掘\n部暑\t部署\tminor\t\n"), "b.tsv");
        var merged = CuratedTypos.FromTables([first, second]);
        Assert.Equal(2, merged.Count);
        Assert.Contains(merged.Entries, e => e.Wrong == "震憾" && e.Right == "震撼" && e.Note == "手写");
    }

    [Fact]
    public void A_curated_table_with_an_unknown_severity_is_rejected()
    {
        var t = TsvTable.Parse(new StringReader("wrong\tright\tseverity\n震憾\t震撼\tfatal\n"), "bad.tsv");
        Assert.Throws<FormatException>(() => CuratedTypos.FromTable(t));
    }

    [Fact]
    public void The_ngram_model_counts_official_prose()
    {
        var m = CharNgramModel.Embedded;
        Assert.True(m.Count('发', '展') > 100);
        Assert.True(m.Count('发') > m.Count('发', '展'));
        Assert.Equal(0, m.Count('震', '憾'));
    }

    [Fact]
    public void Confusion_sets_hold_homophones_and_look_alikes()
    {
        Assert.Contains(ConfusionSets.Shared.For('未').ToArray(), c => c.Char == '末' && c.LookAlike);
        Assert.Contains(ConfusionSets.Shared.For('气').ToArray(), c => c.Char == '起' && c.SoundAlike);
    }

    [Theory]
    [InlineData("zhi", "zi")]
    [InlineData("si", "shi")]
    [InlineData("lan", "nan")]
    [InlineData("qin", "qing")]
    [InlineData("fang", "fan")]
    public void Fuzzy_readings_pair_common_confusions(string reading, string expected)
    {
        var list = new List<string>();
        ConfusionSets.FuzzyReadings(reading, list);
        Assert.Contains(expected, list);
    }

    [Fact]
    public void The_segment_scorer_prefers_a_dictionary_word()
    {
        var words = WordFrequencies.Shared;
        Assert.True(SegmentScorer.BestLogProb("高兴", words) > SegmentScorer.BestLogProb("高心", words) + 5);
    }

    [Fact]
    public void Jieba_dictionary_word_frequencies_are_read()
    {
        var words = WordFrequencies.Load(new StringReader("高兴 100 a\n高 50 a\nAT&T 3 nz\n"));
        Assert.Equal(100, words.Freq("高兴"));
        Assert.Equal(0, words.Freq("AT&T"));
        Assert.Equal(153, words.Total);
    }

    [Fact]
    public void Word_classes_come_from_the_tag_column_with_nouns_as_the_default()
    {
        var words = WordFrequencies.Load(new StringReader("学习 100 v\r\n会议 80 n\n台湾 60 ns\n好好 40 d\n获得感 5\n中华人民共和国 30 ns\n"));
        Assert.Equal(WordClass.Verb, words.Class("学习"));
        Assert.Equal(WordClass.Noun, words.Class("会议"));
        Assert.Equal(WordClass.PlaceName, words.Class("台湾"));
        Assert.Equal(WordClass.Adverb, words.Class("好好"));
        Assert.Equal(WordClass.Noun, words.Class("获得感"));
        Assert.Equal(WordClass.Noun, words.Class("中华人民共和国"));
        Assert.Equal(WordClass.Unknown, words.Class("会仪"));
    }
}
