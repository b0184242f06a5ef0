using System.Buffers;
using System.Collections.Frozen;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Context rules for misused function characters: 的/地/得 (adverbial 地, complement 得, attributive 的) and 在/再
/// (在加上 → 再加上, 再一起。 → 在一起). Precision
/// first: each rule needs a narrow left context that only the wrong form fits (a reduplicated manner word, a one- or
/// two-character verb before a degree word, a pronoun or adjective before a noun that ends the clause), read from
/// jieba's words of the check and the part-of-speech column of its dictionary (<see cref="WordClass"/>; no second
/// segmentation pass). Official prose uses 的 before verbs used as nouns all the time (人民群众的获得感, 对工作的支持,
/// 积极的作用, 实实在在的提高), so an adjective + 的 + verb is never corrected unless the adjective is reduplicated and
/// nothing before it (进行, 取得, 了, 的…) makes the verb a noun.
/// </summary>
internal sealed class ParticleRules
{
    /// <summary>Degree words after which 的/地 marks a complement (跑的很快 → 跑得很快).</summary>
    private static readonly FrozenSet<string> Degree = FrozenSet.Create(StringComparer.Ordinal,
        "很", "非常", "十分", "特别", "太", "挺", "更", "更加", "越来越", "相当", "真", "蛮", "有点", "有点儿", "比较");

    /// <summary>A degree word and an adjective that jieba keeps as one word (跑的很快 → 跑得很快), taken only at a clause end.</summary>
    private static readonly FrozenSet<string> FusedDegree = FrozenSet.Create(StringComparer.Ordinal,
        "很快", "很大", "很小", "很早", "更好", "更深", "太小", "太重");

    /// <summary>Whole complements (过的不错 → 过得不错).</summary>
    private static readonly FrozenSet<string> WholeComplement = FrozenSet.Create(StringComparer.Ordinal,
        "不错", "还好", "还不错", "不好", "好极了");

    /// <summary>Single verbs that are no action verb before a complement (有的还…, 是的, 为的是…).</summary>
    private static readonly FrozenSet<string> NotActionVerb = FrozenSet.Create(StringComparer.Ordinal,
        "有", "是", "为", "在", "像", "要", "会", "能", "叫", "让", "使", "给", "对", "和", "与", "被", "把", "比", "说");

    /// <summary>Words before a verb that make verb + 的 a noun (所做的, 卖给打劫的, 对他说的).</summary>
    private static readonly FrozenSet<string> NominalMarker = FrozenSet.Create(StringComparer.Ordinal, "所", "给", "向", "跟", "和", "与", "对");

    /// <summary>Words before a reduplicated modifier that make the following verb a noun (进行认认真真的学习, 带来实实在在的提高).</summary>
    private static readonly FrozenSet<string> NominalBefore = FrozenSet.Create(StringComparer.Ordinal,
        "进行", "带来", "取得", "得到", "作出", "做出", "给予", "实现", "获得", "受到", "有", "是", "经过", "通过", "加以", "予以", "开展",
        "了", "的", "和", "与", "及", "、", "作", "做", "更加", "一种", "一次", "一个", "这种", "这些", "那种");

    /// <summary>Words after the verb that close a noun frame (在…的提供下, 在…的发展中).</summary>
    private static readonly FrozenSet<string> FrameEnd = FrozenSet.Create(StringComparer.Ordinal, "下", "中", "上", "时", "后", "之");

    /// <summary>
    /// Reduplicated words of frequency or scope, no manner words: after them 得 is "must" (天天得加班, 处处得小心), never
    /// a misused 地.
    /// </summary>
    private static readonly FrozenSet<string> NotManner = FrozenSet.Create(StringComparer.Ordinal,
        "天天", "年年", "月月", "日日", "夜夜", "时时", "处处", "事事", "人人", "个个", "家家", "常常", "往往", "每每", "偏偏", "仅仅", "刚刚", "次次", "回回", "样样");

    /// <summary>Verbs of feeling or seeming: 非常/十分 after them is a degree adverb (感到十分的欣慰 → 十分地欣慰).</summary>
    private static readonly FrozenSet<string> FeelingVerb = FrozenSet.Create(StringComparer.Ordinal, "感到", "觉得", "显得", "变得", "感觉", "显示", "表现");

    /// <summary>Words that close 在 + verb phrase as a time frame (在加上注释后, 在加上…的基础上): 在 is right there.</summary>
    private static readonly FrozenSet<string> FrameClose = FrozenSet.Create(StringComparer.Ordinal,
        "后", "之后", "以后", "时", "之时", "时候", "前", "之前", "以前", "基础上", "基础", "过程中", "同时");

    /// <summary>Characters before 真得 that make 真 part of another word or phrase (认真得, 当真得).</summary>
    private const string NotTruly = "是当认较弄成";

    /// <summary>First characters after a degree word that start a quantity (很多工作, 很大成就): a noun phrase follows.</summary>
    private const string Quantity = "多少大小高长";

    private readonly WordFrequencies _words;
    private readonly bool _reduplicatedDe;
    private readonly bool _diBeforeNoun;

    /// <param name="words">jieba's dictionary with its part-of-speech column.</param>
    /// <param name="reduplicatedDe">Also correct a reduplicated word + 的 + verb (好好的学习); off by default, see docs/typo.md.</param>
    /// <param name="diBeforeNoun">Also correct 地 before a noun that ends the clause (美丽地风景); off by default, see docs/typo.md.</param>
    public ParticleRules(WordFrequencies words, bool reduplicatedDe = false, bool diBeforeNoun = false)
    {
        _words = words;
        _reduplicatedDe = reduplicatedDe;
        _diBeforeNoun = diBeforeNoun;
    }

    /// <summary>One finding: the span (normalized indices), the corrected text and why.</summary>
    internal readonly record struct Fix(int Start, int End, int At, char Right, string Why);

    /// <summary>
    /// Finds misused particles in <paramref name="tokens"/> (jieba's words of the normalized text); <paramref name="noise"/>
    /// marks characters to skip (inserted symbols), <paramref name="blocked"/> characters not to touch.
    /// </summary>
    public void Find(IReadOnlyList<Token> tokens, ReadOnlySpan<bool> noise, ReadOnlySpan<bool> blocked, List<Fix> found)
    {
        // The words that are not pure noise, in order: the rules look at neighbours across inserted symbols.
        var idx = ArrayPool<int>.Shared.Rent(tokens.Count + 1);
        try
        {
            var n = 0;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (!AllNoise(noise, tokens[t]))
                {
                    idx[n++] = t;
                }
            }

            for (var k = 0; k < n; k++)
            {
                var w = tokens[idx[k]].Word;
                if (w.Length != 1)
                {
                    continue;
                }

                var fix = w[0] switch
                {
                    '的' or '地' or '得' => Particle(tokens, idx.AsSpan(0, n), k, w[0]),
                    '再' or '在' => Adverb(tokens, idx.AsSpan(0, n), k, w[0]),
                    _ => null,
                };
                if (fix is { } f && !blocked[f.At])
                {
                    found.Add(f);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(idx);
        }
    }

    private Fix? Particle(IReadOnlyList<Token> tokens, ReadOnlySpan<int> idx, int k, char p)
    {
        if (k == 0 || k + 1 >= idx.Length)
        {
            return null;
        }

        var left = tokens[idx[k - 1]];
        var right = tokens[idx[k + 1]];
        var at = tokens[idx[k]].Start;
        if (!IsHanWord(left.Word) || !IsHanWord(right.Word))
        {
            return null;
        }

        var before = Word(tokens, idx, k - 2);
        var after = Word(tokens, idx, k + 2);
        var after2 = Word(tokens, idx, k + 3);
        var cl = Class(left.Word);
        var cr = Class(right.Word);
        var ca = Class(after);

        // Adverbial 地: a reduplicated manner word (好好, 慢慢, 开开心心) + 的/得 + verb; 非常/十分 + 的 + adjective or verb.
        // 非常/十分 are adjectives and numerals too (extraordinary, ten-tenths): after a verb, a numeral or measure word or a
        // demonstrative they head a noun phrase (付出十分的努力, 具有十分的把握, 一项非常的举措), unless a plain adjective follows
        // or the verb is one of feeling or seeming, which takes a predicate (感到十分的欣慰).
        var degreeAdverb = p == '的' && left.Word is "非常" or "十分"
            && !(cr != WordClass.Adjective && !FeelingVerb.Contains(before)
                 && (Class(before) is WordClass.Verb or WordClass.Numeral || before.StartsWith('这') || before.StartsWith('那')));
        if (p is '的' or '得'
            && (((p == '得' || _reduplicatedDe) && IsReduplicated(left.Word) && !NotManner.Contains(left.Word) && !IsNounLike(cl) && !AfterSurname(tokens, idx, k - 1)) || degreeAdverb)
            && (cr == WordClass.Verb || (degreeAdverb && cr is WordClass.Adjective or WordClass.AdverbialAdjective or WordClass.Distinguishing))
            && after != "的" && !FrameEnd.Contains(after) && !NominalBefore.Contains(before)
            && ca is not (WordClass.Noun or WordClass.NominalVerb or WordClass.PlaceName))
        {
            return new Fix(left.Start, right.End, at, '地', "修饰动词、形容词的状语后用“地”");
        }

        // Complement 得: a one- or two-character verb + 的/地 + degree word + adjective, or + a whole complement.
        if (p is '的' or '地' && (cl == WordClass.Verb || left.Word == "过") && left.Length <= 2
            && !NotActionVerb.Contains(left.Word) && !NominalMarker.Contains(before))
        {
            if ((WholeComplement.Contains(right.Word) || FusedDegree.Contains(right.Word)) && (!IsHanWord(after) || after is "吗" or "呢" or "了" or "啊"))
            {
                return new Fix(left.Start, right.End, at, '得', "补语前用“得”");
            }

            if (Degree.Contains(right.Word) && IsHanWord(after) && !Quantity.Contains(after[0], StringComparison.Ordinal)
                && !IsNounLike(ca) && after2 != "的" && !IsNounLike(Class(after2)))
            {
                return new Fix(left.Start, tokens[idx[k + 2]].End, at, '得', "补语前用“得”");
            }
        }

        // Attributive 的: an adjective + 得 + a noun that ends the clause (好得朋友。); 真得 → 真的. Not after a pronoun
        // (你得买房: must; 使他们得实惠: get) nor after 容易/难 (容易得病: get).
        if (p == '得' && cl == WordClass.Adjective && cr is WordClass.Noun or WordClass.PlaceName
            && right.Length >= 2 && right.Word[0] != '很' && !IsHanWord(after) && left.Word[^1] is not ('易' or '难'))
        {
            return new Fix(left.Start, right.End, at, '的', "名词前的定语后用“的”");
        }

        // Tried and off: 地 + a noun that ends the clause → 的 (jieba keeps 有效地利用外资 as 有效/地/利用外资, a noun).
        if (_diBeforeNoun && p == '地' && (IsNounLike(cl) || cl == WordClass.Adjective) && cr is WordClass.Noun or WordClass.PlaceName
            && !IsHanWord(after))
        {
            return new Fix(left.Start, right.End, at, '的', "名词前的定语后用“的”");
        }

        if (p == '得' && left.Word == "真" && !(before.Length > 0 && NotTruly.Contains(before[^1], StringComparison.Ordinal)))
        {
            return new Fix(left.Start, right.End, at, '的', "“真的”表示确实");
        }

        return null;
    }

    private static Fix? Adverb(IReadOnlyList<Token> tokens, ReadOnlySpan<int> idx, int k, char c)
    {
        if (k + 1 >= idx.Length)
        {
            return null;
        }

        var self = tokens[idx[k]];
        var right = tokens[idx[k + 1]];
        var after = Word(tokens, idx, k + 2);
        return c switch
        {
            // 一天到晚再一起。 → 在一起. (再 + a place name, 再台湾生活, is left alone: jieba tags many verbs as place names,
            // 回国, 上市, 建国, so 然后再回国 would be flagged.)
            '再' when right.Word == "一起" && !IsHanWord(after) =>
                new Fix(self.Start, right.End, self.Start, '在', "表示处所用“在”"),
            // 在加上 → 再加上 (not 在加上注释后: 在 + verb phrase + 后/时 is a time frame).
            '在' when right.Word == "加上" && !ClosesFrame(tokens, idx, k + 2) => new Fix(self.Start, right.End, self.Start, '再', "表示追加用“再”"),
            _ => null,
        };
    }

    /// <summary>True when a word of <see cref="FrameClose"/> ends the clause that goes on at <paramref name="k"/> (within 12 words).</summary>
    private static bool ClosesFrame(IReadOnlyList<Token> tokens, ReadOnlySpan<int> idx, int k)
    {
        for (var j = k; j < idx.Length && j < k + 12; j++)
        {
            var w = tokens[idx[j]].Word;
            if (!IsHanWord(w))
            {
                return false;
            }

            if (FrameClose.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word at <paramref name="k"/> follows a surname character that stands alone or ends no dictionary word
    /// (张默默, 这件事张默默 where jieba joins 事张): a reduplicated given name, not a manner word.
    /// </summary>
    private bool AfterSurname(IReadOnlyList<Token> tokens, ReadOnlySpan<int> idx, int k)
    {
        if (k == 0)
        {
            return false;
        }

        var prev = tokens[idx[k - 1]].Word;
        return prev.Length > 0 && NameGuard.IsSurname(prev[^1]) && (prev.Length == 1 || !_words.Contains(prev));
    }

    private WordClass Class(string word) => word.Length == 0 || !IsHanWord(word) ? WordClass.Other : _words.Class(word);

    private static string Word(IReadOnlyList<Token> tokens, ReadOnlySpan<int> idx, int k) =>
        k >= 0 && k < idx.Length ? tokens[idx[k]].Word : string.Empty;

    /// <summary>Classes that head or start a noun phrase.</summary>
    private static bool IsNounLike(WordClass c) => c is WordClass.Noun or WordClass.PlaceName or WordClass.NominalVerb
        or WordClass.Pronoun or WordClass.Numeral or WordClass.Locative;

    /// <summary>AA or AABB (好好, 慢慢, 开开心心).</summary>
    private static bool IsReduplicated(string w) =>
        (w.Length == 2 && w[0] == w[1]) || (w.Length == 4 && w[0] == w[1] && w[2] == w[3]);

    private static bool IsHanWord(string w)
    {
        if (w.Length == 0)
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!WordFrequencies.IsHan(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllNoise(ReadOnlySpan<bool> noise, Token t)
    {
        for (var i = t.Start; i < t.End; i++)
        {
            if (!noise[i])
            {
                return false;
            }
        }

        return true;
    }
}
