namespace ContentGuard.Detectors.Typo;

/// <summary>
/// Thresholds of the confusion-set scorer (chosen on ecspell_odw_train, sighan14 and gov_statutes dev, see docs/typo.md). Precision first: a candidate
/// is reported only when the corrected span is a common word and the language model prefers it by a wide margin.
/// </summary>
internal sealed record TypoSettings
{
    /// <summary>The defaults the engine ships with.</summary>
    public static TypoSettings Default { get; } = new();

    /// <summary>The corrected word must have at least this many counts in jieba's dictionary.</summary>
    public int MinWordFreq { get; init; } = 50;

    /// <summary>The least gain in ln P (corrected − typed) of the local window for a report.</summary>
    public double MinGain { get; init; } = 9.5;

    /// <summary>A dictionary word of fewer counts is still suspect (jieba's dictionary holds many rare and misspelled words).</summary>
    public int RareWordFreq { get; init; } = 500;

    /// <summary>
    /// A typed character that is this common as a word on its own (了, 是, 在, 和 … in jieba's counts) is not scored: no
    /// replacement of it clears <see cref="MinGain"/> in the word model, and skipping it saves time.
    /// </summary>
    public int FunctionCharFreq { get; init; } = 250_000;

    /// <summary>
    /// Also try fuzzy-reading candidates (zh/z, n/l, an/ang …). Off by default: at the default threshold they found
    /// almost nothing on ECSpell-ODW and SIGHAN15 and added false alarms on official prose.
    /// </summary>
    public bool NearSound { get; init; }

    /// <summary>Extra gain required of a candidate that only sounds similar (fuzzy reading).</summary>
    public double NearSoundPenalty { get; init; } = 4.0;

    /// <summary>Extra gain required of a candidate that only looks alike.</summary>
    public double ShapePenalty { get; init; } = 4.0;

    /// <summary>Weight of the official-prose character bigram gain added to the word-model gain (0, off: the 1.2 M-char corpus is too small for context scoring; it serves as attestation instead).</summary>
    public double NgramWeight { get; init; }

    /// <summary>A typed pair inside the corrected word seen at least this often in official prose is no typo (0: off).</summary>
    public int AttestedCount { get; init; } = 3;

    /// <summary>Official-prose pair counts are multiplied by this to compare with jieba's counts (≈ dictionary total / corpus size).</summary>
    public double NgramScale { get; init; } = 5;

    /// <summary>Score windows with SmartCn's word-bigram counts (transition bonus and back-off penalty) on top of the unigram model.</summary>
    public bool Bigrams { get; init; } = true;

    /// <summary>ln-probability cost of a boundary between two words whose pair the bigram table has never seen.</summary>
    public double BoundaryPenalty { get; init; } = 2.0;

    /// <summary>Weight of <c>ln(1 + count)</c> for a pair of adjacent words the bigram table has seen.</summary>
    public double BigramWeight { get; init; } = 1.0;

    /// <summary>
    /// A learned decision over the candidate's features (null: the gain threshold <see cref="MinGain"/> decides). With a
    /// scorer, candidates whose local gain reaches <see cref="GateGain"/> are scored and reported from the scorer's threshold.
    /// </summary>
    public LearnedScorer? Scorer
    {
        // The embedded table is read only when a scorer is actually asked for, so `Scorer = null` (training, the gain
        // threshold) never depends on it.
        get => _scorerSet ? _scorer : LearnedScorer.Embedded;
        init
        {
            _scorer = value;
            _scorerSet = true;
        }
    }

    private readonly LearnedScorer? _scorer;
    private readonly bool _scorerSet;

    /// <summary>The least local gain of a candidate the learned scorer looks at.</summary>
    public double GateGain { get; init; } = 2.0;

    /// <summary>The most confusion findings in one sentence (a sentence with more is probably unusual text, not typos).</summary>
    public int MaxPerSentence { get; init; } = 4;

    /// <summary>Never correct spans that look like names of people or places.</summary>
    public bool GuardNames { get; init; } = true;

    /// <summary>Report the curated table.</summary>
    public bool Curated { get; init; } = true;

    /// <summary>Report misused 的/地/得 and 在/再 found by the context rules of <see cref="ParticleRules"/>.</summary>
    public bool Particles { get; init; } = true;

    /// <summary>
    /// Also correct a reduplicated word + 的 + verb (好好的学习 → 好好地学习). Off: on SIGHAN14 its three findings in correct
    /// sentences (渐渐的增加, 匆匆忙忙的跑, 好好的算钱: real misuses the labels miss) raise the false-alarm rate by 0.0055.
    /// </summary>
    public bool ParticleReduplicatedDe { get; init; }

    /// <summary>Also correct 地 before a noun that ends the clause (美丽地风景 → 美丽的风景). Off: wrong on official prose.</summary>
    public bool ParticleDiBeforeNoun { get; init; }

    /// <summary>Report confusion-set candidates.</summary>
    public bool Confusion { get; init; } = true;
}
