using System.Buffers;
using ContentGuard.Detection;

namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Typos (错别字): the curated table of common wrong → right words and idioms (including typos that turn solemn wording
/// into an insult, which are critical), then single-character substitutions found with confusion sets (sound-alike and
/// look-alike characters) and scored with jieba's word frequencies. Latin text, digits, allow-listed terms and spans that
/// look like names are never corrected.
/// </summary>
internal sealed class TypoDetector : IDetector
{
    private const int MaxWindow = 3;
    private const int Context = 3;
    private const double GateSlack = 3.0;
    private const string Negations = "不没莫勿别未无";

    private readonly WordFrequencies _words;
    private readonly ConfusionSets _confusions;
    private readonly InWordPairs _pairs;
    private readonly CuratedTypos _curated;
    private readonly CharNgramModel _ngram;
    private readonly TypoSettings _settings;
    private readonly WordBigrams? _bigrams;
    private readonly LearnedScorer? _scorer;
    private readonly ParticleRules _particles;

    public TypoDetector(TypoSettings? settings = null)
        : this(WordFrequencies.Shared, ConfusionSets.Shared, CuratedTypos.LoadEmbedded(), CharNgramModel.Embedded, settings)
    {
    }

    public TypoDetector(WordFrequencies words, ConfusionSets confusions, CuratedTypos curated, CharNgramModel ngram, TypoSettings? settings = null)
    {
        _ngram = ngram;
        _words = words;
        _confusions = confusions;
        _curated = curated;
        _settings = settings ?? TypoSettings.Default;
        _pairs = InWordPairs.Build(words, _settings.MinWordFreq);
        _bigrams = _settings.Bigrams ? WordBigrams.Shared : null;
        _scorer = _settings.Scorer;
        _particles = new ParticleRules(words, _settings.ParticleReduplicatedDe, _settings.ParticleDiBeforeNoun);
    }

    public static RuleDescriptor CuratedRule { get; } = new(
        "TYPO_CURATED", "常见错别字、成语误用（人工整理的错→正对照表）", Category.Typo, Severity.Minor, "misspelling");

    public static RuleDescriptor ConfusionRule { get; } = new(
        "TYPO_CONFUSION", "音近字、形近字误用（混淆集 + 词频语言模型）", Category.Typo, Severity.Minor, "misspelling");

    public static RuleDescriptor ParticleRule { get; } = new(
        "TYPO_PARTICLE", "“的/地/得”“在/再”误用（按上下文词性判断）", Category.Typo, Severity.Minor, "misspelling");

    public static RuleDescriptor InsultingRule { get; } = new(
        "TYPO_INSULTING", "错别字把庄重表述变成侮辱、低俗或意思相反的说法（严重错别字）", Category.Typo, Severity.Critical, "misspelling");

    /// <summary>Receives every scored candidate (position, window start, length, candidate, features): for training only.</summary>
    internal Action<int, int, int, char, CandidateFeatures>? Collector { get; init; }

    public string Name => "typo";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CuratedRule, ConfusionRule, ParticleRule, InsultingRule];

    public IReadOnlyDictionary<string, string> DataVersions => new Dictionary<string, string>
    {
        ["typos.tsv"] = _curated.Version,
        ["jieba dict.txt"] = $"{_words.Count} words",
        ["charngram.tsv"] = _ngram.Version,
        ["word bigrams"] = _bigrams?.Version ?? "off",
        ["scorer.tsv"] = _scorer?.Version ?? "off (gain threshold)",
    };

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var text = context.Normalized.Text;
        var n = text.Length;
        if (n == 0)
        {
            return;
        }

        var blocked = ArrayPool<bool>.Shared.Rent(n);
        var tokenAt = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(blocked, 0, n);
            Array.Fill(tokenAt, -1, 0, n);
            BlockAllowlisted(context, blocked, n);
            var tokens = context.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                for (var i = tokens[t].Start; i < tokens[t].End; i++)
                {
                    tokenAt[i] = t;
                }
            }

            if (_settings.Curated)
            {
                FindCurated(context, sink, text, tokens, tokenAt, blocked);
            }

            if (_settings.Particles)
            {
                FindParticles(context, sink, text, tokens, tokenAt, blocked);
            }

            if (_settings.Confusion)
            {
                FindConfusions(context, sink, text, tokens, tokenAt, blocked);
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(blocked);
            ArrayPool<int>.Shared.Return(tokenAt);
        }
    }

    /// <summary>Blocks every char inside an allow-listed term (the request's, found as the pipeline finds them).</summary>
    private static void BlockAllowlisted(DetectionContext context, bool[] blocked, int n)
    {
        if (context.Allowed is not { } allowed)
        {
            return;
        }

        for (var i = 0; i < n; i++)
        {
            blocked[i] |= allowed.Covers(i, i + 1);
        }
    }

    private void FindCurated(DetectionContext context, FindingSink sink, string text, IReadOnlyList<Token> tokens, int[] tokenAt, bool[] blocked)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (blocked[i] || !WordFrequencies.IsHan(text[i]))
            {
                continue;
            }

            foreach (var (e, end) in _curated.MatchesAt(context.Normalized, i))
            {
                var length = end - i;
                if (IsBlocked(blocked, i, end)
                    || (!e.Insulting && e.Wrong.Length <= 2 && CrossesWord(tokens, tokenAt, i, end, text.Length))
                    || (e.Insulting && AfterNegation(text, i)))
                {
                    continue;
                }

                var typed = context.Normalized.OriginalSlice(i, length);
                var note = e.Note;
                if (e.Insulting)
                {
                    sink.Add(i, length, InsultingRule,
                        $"严重错别字：“{typed}”应为“{e.Right}”。{(note.Length > 0 ? note : "错字使庄重表述变成不当说法")}，属“一票否决”问题，发布前必须改正。",
                        [e.Right], e.Severity, 1.0, "严重错别字");
                }
                else
                {
                    sink.Add(i, length, CuratedRule,
                        $"错别字：“{typed}”应为“{e.Right}”。{(note.Length > 0 ? note + "。" : string.Empty)}",
                        [e.Right], e.Severity, 0.95, "错别字");
                }

                Array.Fill(blocked, true, i, length);
                i = end - 1;
                break;
            }
        }
    }

    private void FindParticles(DetectionContext context, FindingSink sink, string text, IReadOnlyList<Token> tokens, int[] tokenAt, bool[] blocked)
    {
        var found = new List<ParticleRules.Fix>();
        var normalized = context.Normalized;
        _particles.Find(tokens, normalized.NoiseMask, blocked.AsSpan(0, text.Length), found);
        foreach (var f in found)
        {
            if (f.At > f.Start && _settings.GuardNames && NameGuard.IsProtected(text, tokens, tokenAt, f.Start, f.At, _words))
            {
                continue;
            }

            var typed = normalized.OriginalSlice(f.Start, f.End - f.Start);
            var right = new System.Text.StringBuilder(f.End - f.Start);
            for (var i = f.Start; i < f.End; i++)
            {
                if (i == f.At)
                {
                    right.Append(f.Right);
                }
                else if (!normalized.IsNoise(i))
                {
                    right.Append(normalized.OriginalSlice(i, 1));
                }
            }

            var kind = f.Right is '在' or '再' ? "在/再" : "的/地/得";
            sink.Add(f.Start, f.End - f.Start, ParticleRule,
                $"疑似“{kind}”误用：“{typed}”应为“{right}”（{f.Why}）。",
                [right.ToString()], confidence: 0.8, shortMessage: "错别字");
            blocked[f.At] = true;
        }
    }

    private void FindConfusions(DetectionContext context, FindingSink sink, string text, IReadOnlyList<Token> tokens, int[] tokenAt, bool[] blocked)
    {
        Span<char> buffer = stackalloc char[64];
        var n = text.Length;
        var runStart = 0;
        var sentence = -1;
        var inSentence = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (!WordFrequencies.IsHan(c))
            {
                runStart = i + 1;
                continue;
            }

            if (blocked[i] || c == '著' || context.IsOverBudget)
            {
                continue;
            }

            if (tokenAt[i] < 0 || _words.Freq(text.AsSpan(i, 1)) >= _settings.FunctionCharFreq)
            {
                continue;
            }

            var tok = tokens[tokenAt[i]];
            if (tok.Length > 1 && _words.Freq(text.AsSpan(tok.Start, tok.Length)) >= _settings.RareWordFreq)
            {
                continue;
            }

            var runEnd = i + 1;
            while (runEnd < n && runEnd - i <= MaxWindow + Context && WordFrequencies.IsHan(text[runEnd]))
            {
                runEnd++;
            }

            var best = FindBest(text, i, c, runStart, runEnd, buffer, tokens, tokenAt);
            if (best.Word is null || !(best.Gain >= Threshold) || IsBlocked(blocked, best.Start, best.Start + best.Length) || (_settings.GuardNames && NameGuard.IsProtected(text, tokens, tokenAt, best.Start, best.Start + best.Length, _words)))
            {
                continue;
            }

            var s = context.SentenceIndexOf(i);
            if (s != sentence)
            {
                sentence = s;
                inSentence = 0;
            }

            if (++inSentence > _settings.MaxPerSentence)
            {
                continue;
            }

            var typed = context.Normalized.OriginalSlice(best.Start, best.Length);
            var why = best.Candidate switch
            {
                { SoundAlike: true, LookAlike: true } => "音同形近",
                { SoundAlike: true } => "同音",
                { NearSound: true } => "音近",
                _ => "形近",
            };
            sink.Add(best.Start, best.Length, ConfusionRule,
                $"疑似错别字：“{typed}”应为“{best.Word}”（“{c}”与“{best.Candidate.Char}”{why}）。",
                [best.Word], confidence: _scorer is null ? Confidence(best.Gain) : Math.Round(1.0 / (1.0 + Math.Exp(-best.Gain)), 3), shortMessage: "错别字");
            Array.Fill(blocked, true, best.Start, best.Length);
        }
    }

    private Best FindBest(string text, int i, char c, int runStart, int runEnd, Span<char> buffer, IReadOnlyList<Token> tokens, int[] tokenAt)
    {
        var best = default(Best);
        var hasLeft = i > runStart;
        var hasRight = i + 1 < runEnd;
        if (!hasLeft && !hasRight)
        {
            return best;
        }

        // ln P of the typed text per candidate window, computed once per window: index (len - 2) * MaxWindow + (i - s).
        Span<double> before = stackalloc double[(MaxWindow - 1) * MaxWindow];
        before.Fill(double.NaN);
        // ln P of the typed span itself per candidate window (the gate's baseline), same indexing.
        Span<double> typedSpan = stackalloc double[(MaxWindow - 1) * MaxWindow];
        typedSpan.Fill(double.NaN);
        // Per window, whether the typed text is attested or the window would cut a word (-1: not yet known).
        Span<sbyte> vetoed = stackalloc sbyte[(MaxWindow - 1) * MaxWindow];
        vetoed.Fill(-1);

        foreach (var cand in _confusions.For(c))
        {
            if (cand.NearSound && !_settings.NearSound)
            {
                break;
            }

            var x = cand.Char;
            if (!(hasLeft && _pairs.Contains(text[i - 1], x)) && !(hasRight && _pairs.Contains(x, text[i + 1])))
            {
                continue;
            }

            for (var len = 2; len <= MaxWindow; len++)
            {
                for (var s = i - len + 1; s <= i; s++)
                {
                    if (s < runStart || s + len > runEnd)
                    {
                        continue;
                    }

                    var w = buffer[..len];
                    text.AsSpan(s, len).CopyTo(w);
                    w[i - s] = x;
                    var f = _words.Freq(w);
                    if (f < _settings.MinWordFreq)
                    {
                        continue;
                    }

                    var slot = ((len - 2) * MaxWindow) + (i - s);
                    if (vetoed[slot] < 0)
                    {
                        vetoed[slot] = (sbyte)(Attested(text, i, c, s, len) || BreaksWord(text, tokens, tokenAt, s, s + len) ? 1 : 0);
                    }

                    if (vetoed[slot] == 1)
                    {
                        continue;
                    }

                    // Cheap gate before the window scorer: the corrected word against the typed span on its own (the
                    // context rarely adds to the gain; it usually takes from it).
                    ref var typedScore = ref typedSpan[slot];
                    if (double.IsNaN(typedScore))
                    {
                        typedScore = Score(text.AsSpan(s, len));
                    }

                    var local = _words.LogProb(f) - typedScore;
                    var learned = _scorer is not null || Collector is not null;
                    if (learned ? local < _settings.GateGain : local - Penalty(cand) < Math.Max(_settings.MinGain, best.Gain) - GateSlack)
                    {
                        continue;
                    }

                    ref var typed = ref before[slot];
                    var gain = Gain(text, i, x, s, len, runStart, runEnd, ref typed);
                    double value;
                    if (learned)
                    {
                        var features = Features(text, i, c, cand, s, len, f, gain, local);
                        Collector?.Invoke(i, s, len, x, features);
                        value = _scorer?.Logit(features) ?? gain;
                    }
                    else
                    {
                        value = gain - Penalty(cand);
                        if (_settings.NgramWeight != 0)
                        {
                            value += _settings.NgramWeight * _ngram.Gain(i > runStart ? text[i - 1] : null, c, x, i + 1 < runEnd ? text[i + 1] : null);
                        }
                    }

                    if (double.IsFinite(value) && (best.Word is null || value > best.Gain))
                    {
                        best = new Best(s, len, w.ToString(), cand, value);
                    }
                }
            }
        }

        return best;
    }

    private double Threshold => _scorer?.Threshold ?? _settings.MinGain;

    private CandidateFeatures Features(string text, int i, char c, ConfusionCandidate cand, int s, int len, int freq, double gain, double local)
    {
        var attested = 0;
        if (i > s)
        {
            attested = Math.Max(attested, _ngram.Count(text[i - 1], c));
        }

        if (i + 1 < s + len)
        {
            attested = Math.Max(attested, _ngram.Count(c, text[i + 1]));
        }

        return new CandidateFeatures(
            Gain: gain,
            Local: local,
            LogWordFreq: Math.Log(freq),
            LogTypedFreq: Math.Log(1 + _words.Freq(text.AsSpan(s, len))),
            SoundAlike: cand.SoundAlike ? 1 : 0,
            ShapeOnly: cand.LookAlike && !cand.SoundAlike ? 1 : 0,
            ThreeChars: len == 3 ? 1 : 0,
            LogAttested: Math.Log(1 + attested),
            Rarity: Math.Log(1 + _words.CharMass(cand.Char)) - Math.Log(1 + _words.CharMass(c)));
    }

    /// <summary>True when a typed pair inside the would-be corrected word is common in official prose.</summary>
    private bool Attested(string text, int i, char c, int s, int len)
    {
        var min = _settings.AttestedCount;
        if (min <= 0)
        {
            return false;
        }

        return (i > s && _ngram.Count(text[i - 1], c) >= min) || (i + 1 < s + len && _ngram.Count(c, text[i + 1]) >= min);
    }

    /// <summary>
    /// True when the corrected word would cut a dictionary word of the current segmentation that reaches outside it
    /// (级算力 is 级 + 算力, not a typo of 计算).
    /// </summary>
    private bool BreaksWord(string text, IReadOnlyList<Token> tokens, int[] tokenAt, int start, int end)
    {
        foreach (var at in (ReadOnlySpan<int>)[start, end - 1])
        {
            var ti = tokenAt[at];
            if (ti < 0)
            {
                continue;
            }

            var t = tokens[ti];
            if (t.Length > 1 && (t.Start < start || t.End > end) && _words.Freq(text.AsSpan(t.Start, t.Length)) >= _settings.RareWordFreq)
            {
                return true;
            }
        }

        return false;
    }

    private double Penalty(ConfusionCandidate cand) =>
        cand.SoundAlike ? 0 : cand.NearSound ? _settings.NearSoundPenalty : _settings.ShapePenalty;

    private double Gain(string text, int i, char x, int s, int len, int runStart, int runEnd, ref double before)
    {
        var ws = Math.Max(runStart, s - Context);
        var we = Math.Min(runEnd, s + len + Context);
        Span<char> window = stackalloc char[we - ws];
        text.AsSpan(ws, we - ws).CopyTo(window);
        if (double.IsNaN(before))
        {
            before = Score(window);
        }

        window[i - ws] = x;
        var after = Score(window);
        return after - before;
    }

    private double Score(ReadOnlySpan<char> span) =>
        SegmentScorer.BestLogProb(span, _words, _ngram, _settings.AttestedCount, _settings.NgramScale, _bigrams, _settings.BoundaryPenalty, _settings.BigramWeight);

    /// <summary>True when one of the three chars before <paramref name="start"/> negates (不能忘记使命 is no typo).</summary>
    private static bool AfterNegation(string text, int start)
    {
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (Negations.Contains(text[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static double Confidence(double gain) => Math.Round(1.0 / (1.0 + Math.Exp(-(gain - 8.0) / 3.0)), 3);

    private static bool IsBlocked(bool[] blocked, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (blocked[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a dictionary word of two or more chars straddles the start or the end of the span.</summary>
    private bool CrossesWord(IReadOnlyList<Token> tokens, int[] tokenAt, int start, int end, int n)
    {
        bool Straddles(int at)
        {
            if (at <= 0 || at >= n)
            {
                return false;
            }

            if (tokenAt[at] < 0)
            {
                return false;
            }

            var t = tokens[tokenAt[at]];
            return t.Start < at && t.Length > 1 && _words.Contains(t.Word);
        }

        return Straddles(start) || Straddles(end);
    }

    private readonly record struct Best(int Start, int Length, string Word, ConfusionCandidate Candidate, double Gain);
}
