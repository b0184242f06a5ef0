using ContentGuard.Lexicon;
using ContentGuard.Normalization;

namespace ContentGuard.Tests.Lexicon;

public sealed class LexiconAutomatonTests
{
    private static readonly CharClasses Classes = new(new Normalizer(CharData.TraditionalToSimplified));

    private static (LexiconAutomaton Automaton, int[] KeyOfTerm) Build(params string[] terms)
    {
        var a = LexiconAutomatonBuilder.Build(terms, Classes, out var keys);
        return (a, keys);
    }

    private static List<(int Start, int End, string Key)> Evasive(LexiconAutomaton a, string text)
    {
        var list = new List<LexiconMatch>();
        a.FindAllEvasive(text, default, list);
        return [.. list.Select(m => (m.Start, m.End, a.Keys[m.Key])).OrderBy(m => m.Start).ThenBy(m => m.End)];
    }

    private static List<(int Start, int End, string Key)> Plain(LexiconAutomaton a, string text)
    {
        var list = new List<LexiconMatch>();
        a.FindAll(text, list);
        return [.. list.Select(m => (m.Start, m.End, a.Keys[m.Key])).OrderBy(m => m.Start).ThenBy(m => m.End)];
    }

    [Fact]
    public void FindAll_reports_overlapping_and_nested_occurrences()
    {
        var (a, _) = Build("他", "他们", "们是", "是谁", "赌博", "网络赌博", "赌博网站", "博");
        Assert.Equal([(0, 1, "他"), (0, 2, "他们"), (1, 3, "们是"), (2, 4, "是谁")], Plain(a, "他们是谁"));
        Assert.Equal(
            [(0, 4, "网络赌博"), (2, 4, "赌博"), (2, 6, "赌博网站"), (3, 4, "博")],
            Plain(a, "网络赌博网站"));
    }

    [Fact]
    public void FindAll_matches_a_brute_force_search_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "赌博网站色情毒品冰";
        var terms = Enumerable.Range(0, 300).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length)])]))
            .Distinct().ToArray();
        var (a, _) = Build(terms);
        var text = new string([.. Enumerable.Range(0, 2000).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var expected = new List<(int, int, string)>();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var t in terms)
            {
                if (string.CompareOrdinal(text, i, t, 0, t.Length) == 0 && i + t.Length <= text.Length)
                {
                    expected.Add((i, i + t.Length, t));
                }
            }
        }

        Assert.Equal(expected.OrderBy(m => m.Item1).ThenBy(m => m.Item2), Plain(a, text));
    }

    [Theory]
    [InlineData("网上赌*博害人", "赌博", 2, 5)]
    [InlineData("进入色 情 网 站了", "色情网站", 2, 9)]
    [InlineData("出售冰.毒", "冰毒", 2, 5)]
    [InlineData("出售冰＊毒", "冰毒", 2, 5)]
    [InlineData("出售冰·毒", "冰毒", 2, 5)]
    [InlineData("出售冰、毒", "冰毒", 2, 5)]
    [InlineData("网上赌赌赌博", "赌博", 2, 6)]
    [InlineData("网上賭博", "赌博", 2, 4)]
    [InlineData("买ＳＥＸ玩具", "sex", 1, 4)]
    [InlineData("出售冰\u200B毒", "冰毒", 2, 5)]
    public void FindAllEvasive_sees_through_evasion_and_keeps_original_offsets(string text, string term, int start, int end)
    {
        var (a, _) = Build("赌博", "色情网站", "冰毒", "sex");
        Assert.Contains((start, end, Classes.ToKey(term)), Evasive(a, text));
    }

    [Theory]
    [InlineData("不要du品", "毒品", 2, 5)]
    [InlineData("网上赌bo", "赌博", 2, 5)]
    [InlineData("网上赌BO", "赌博", 2, 5)]
    public void FindAllEvasive_reads_a_character_spelled_in_pinyin(string text, string term, int start, int end)
    {
        var (a, _) = Build("赌博", "毒品");
        Assert.Contains((start, end, term), Evasive(a, text));
    }

    [Fact]
    public void FindAllEvasive_needs_a_real_character_besides_the_pinyin()
    {
        var (a, _) = Build("赌博");
        Assert.Empty(Evasive(a, "dubo"));
        Assert.Empty(Evasive(a, "赌boy"));
    }

    [Theory]
    [InlineData("我们赌。博物馆开门了")]
    [InlineData("我们赌！博物馆开门了")]
    [InlineData("我们赌？博物馆开门了")]
    [InlineData("我们赌\n博物馆开门了")]
    [InlineData("我们赌*。*博物馆开门了")]
    public void FindAllEvasive_never_spans_a_sentence_end(string text)
    {
        var (a, _) = Build("赌博");
        Assert.Empty(Evasive(a, text));
    }

    [Theory]
    [InlineData("I have a dream")]
    [InlineData("avenue")]
    [InlineData("java")]
    public void Latin_terms_match_whole_words_only(string text)
    {
        var (a, _) = Build("av");
        Assert.Empty(Evasive(a, text));
        Assert.Empty(Plain(a, text));
    }

    [Theory]
    [InlineData("看AV", 1, 3)]
    [InlineData("av女优", 0, 2)]
    [InlineData("a.v.", 0, 3)]
    public void Latin_terms_match_when_standing_alone(string text, int start, int end)
    {
        var (a, _) = Build("av");
        Assert.Contains((start, end, "av"), Evasive(a, text));
    }

    [Fact]
    public void Terms_that_fold_to_one_key_share_it()
    {
        var (a, keys) = Build("賭博", "赌博", "ＡＢ", "ab", "*");
        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(keys[2], keys[3]);
        Assert.Equal(-1, keys[4]);
        Assert.Equal(2, a.Keys.Count);
    }

    [Fact]
    public void An_empty_automaton_finds_nothing()
    {
        var (a, _) = Build();
        Assert.Empty(Evasive(a, "任何文本 abc"));
        Assert.Empty(Plain(a, "任何文本"));
    }

    [Fact]
    public void Repeated_characters_of_the_term_itself_are_kept()
    {
        var (a, _) = Build("妈妈", "他妈");
        Assert.Contains((1, 3, "妈妈"), Evasive(a, "他妈妈"));
        Assert.Contains((0, 2, "他妈"), Evasive(a, "他妈妈"));
    }

    [Theory]
    [InlineData("GDP增长了")]
    [InlineData("打开APP。")]
    [InlineData("du是读的拼音")]
    public void Ordinary_latin_words_are_not_read_as_pinyin(string text)
    {
        var (a, _) = Build("赌博", "毒品");
        Assert.Empty(Evasive(a, text));
    }

    [Fact]
    public void Pinyin_sees_through_noise_around_the_letters()
    {
        var (a, _) = Build("毒品");
        Assert.Contains((0, 4, "毒品"), Evasive(a, "du*品"));
    }

    [Fact]
    public void Keys_longer_than_the_stack_ring_keep_their_offsets()
    {
        var term = new string('国', 1) + string.Concat(Enumerable.Range(0, 150).Select(i => (char)('\u4E00' + i)));
        var (a, _) = Build(term);
        var text = "前" + string.Join("*", term.ToCharArray()) + "后";
        Assert.Equal([(1, text.Length - 1, Classes.ToKey(term))], Evasive(a, text));
    }
}
