using System.Globalization;
using ContentGuard.Detectors.Typo;
using ContentGuard.Segmentation;

namespace ContentGuard.Cli;

/// <summary>
/// Makes labelled spelling-check sentences from correct prose (<c>train typo --synthetic</c>): the paragraphs are cut
/// into sentences with the library's <see cref="SentenceSplitter"/>, the eligible sentences are shuffled with a fixed
/// seed and the first <see cref="Options.Limit"/> are taken; a share of them stays unchanged (negatives), the others get
/// one or two characters replaced by a character the detector's <see cref="ConfusionSets"/> would map back
/// (<see cref="ConfusionSets.TypedAs"/>): a same-reading character with probability <see cref="Options.SoundShare"/>
/// (typos from pinyin input are mostly homophones), else a look-alike-only one, each weighted by the square root of how
/// common it is (an input method offers common characters first). Deterministic for a seed.
/// </summary>
internal static class SyntheticTypos
{
    /// <summary>How the sentences are made.</summary>
    /// <param name="Limit">How many sentences to make (fewer when the text has fewer eligible ones).</param>
    /// <param name="Seed">The seed of the shuffle and of every choice.</param>
    /// <param name="CleanShare">The share of sentences left unchanged.</param>
    /// <param name="SoundShare">The chance that an injected character shares the right one's reading (else it only looks alike).</param>
    /// <param name="TwoErrorShare">The chance that a changed sentence gets two wrong characters instead of one.</param>
    /// <param name="MinLength">The shortest sentence used (characters).</param>
    /// <param name="MaxLength">The longest sentence used (characters).</param>
    internal sealed record Options(
        int Limit, int Seed, double CleanShare = 0.5, double SoundShare = 0.8, double TwoErrorShare = 0.3, int MinLength = 8, int MaxLength = 160);

    /// <summary>The sentences of <paramref name="paragraphs"/>, some with injected typos (source) and their originals (target).</summary>
    public static List<EvalTypoCommand.Item> Make(IEnumerable<string> paragraphs, ConfusionSets sets, WordFrequencies words, Options options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limit);
        var pool = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var range in SentenceSplitter.Split(paragraph))
            {
                var sentence = paragraph[range.Start..range.End];
                if (Eligible(sentence, sets, options))
                {
                    pool.Add(sentence);
                }
            }
        }

        var random = new Random(options.Seed);
        for (var k = pool.Count - 1; k > 0; k--)
        {
            var j = random.Next(k + 1);
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }

        var items = new List<EvalTypoCommand.Item>(Math.Min(options.Limit, pool.Count));
        var positions = new List<int>();
        var choices = new List<(char Typed, double Weight)>();
        for (var n = 0; n < pool.Count && items.Count < options.Limit; n++)
        {
            var target = pool[n];
            var id = "synthetic-" + (items.Count + 1).ToString(CultureInfo.InvariantCulture);
            if (random.NextDouble() < options.CleanShare)
            {
                items.Add(new EvalTypoCommand.Item(id, target, target));
                continue;
            }

            var errors = random.NextDouble() < options.TwoErrorShare ? 2 : 1;
            var source = target.ToCharArray();
            positions.Clear();
            for (var i = 0; i < target.Length; i++)
            {
                if (WordFrequencies.IsHan(target[i]) && !sets.TypedAs(target[i]).IsEmpty)
                {
                    positions.Add(i);
                }
            }

            for (var e = 0; e < errors && positions.Count > 0; e++)
            {
                var i = positions[random.Next(positions.Count)];
                source[i] = Pick(sets.TypedAs(target[i]), words, random.NextDouble() < options.SoundShare, random, choices);

                // Two errors are never adjacent: a neighbour of a wrong character keeps its context.
                positions.RemoveAll(p => Math.Abs(p - i) <= 1);
            }

            items.Add(new EvalTypoCommand.Item(id, new string(source), target));
        }

        return items;
    }

    /// <summary>A sentence of mostly Chinese text of the allowed length with at least two characters a typo can replace.</summary>
    private static bool Eligible(string sentence, ConfusionSets sets, Options options)
    {
        if (sentence.Length < options.MinLength || sentence.Length > options.MaxLength)
        {
            return false;
        }

        int han = 0, replaceable = 0;
        foreach (var c in sentence)
        {
            if (WordFrequencies.IsHan(c))
            {
                han++;
                replaceable += sets.TypedAs(c).IsEmpty ? 0 : 1;
            }
        }

        return han * 10 >= sentence.Length * 7 && replaceable >= 2;
    }

    /// <summary>A typed character for one right character: from the sound-alike or the look-alike-only group (the other when it is empty), weighted by √(mass).</summary>
    private static char Pick(ReadOnlySpan<ConfusionCandidate> typedAs, WordFrequencies words, bool sound, Random random, List<(char Typed, double Weight)> choices)
    {
        choices.Clear();
        for (var pass = 0; pass < 2 && choices.Count == 0; pass++)
        {
            var wantSound = pass == 0 ? sound : !sound;
            foreach (var c in typedAs)
            {
                if (c.SoundAlike == wantSound)
                {
                    choices.Add((c.Char, Math.Sqrt(Math.Max(1, words.CharMass(c.Char)))));
                }
            }
        }

        var total = choices.Sum(c => c.Weight);
        var r = random.NextDouble() * total;
        foreach (var (typed, weight) in choices)
        {
            r -= weight;
            if (r < 0)
            {
                return typed;
            }
        }

        return choices[^1].Typed;
    }
}
