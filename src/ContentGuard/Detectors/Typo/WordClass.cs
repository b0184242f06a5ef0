namespace ContentGuard.Detectors.Typo;

/// <summary>
/// A coarse part of speech of a dictionary word, from the tag column of jieba's <c>dict.txt</c> (one tag per word: the
/// word's most common use). Used by <see cref="ParticleRules"/> to read the context of 的/地/得.
/// </summary>
internal enum WordClass : byte
{
    /// <summary>Not a dictionary word (HMM new words, non-Han text).</summary>
    Unknown = 0,

    /// <summary>Nouns and names (n, nr, nt, nz, ng, nrt, nrfg): the default of a dictionary word without another class.</summary>
    Noun,

    /// <summary>Place names (ns).</summary>
    PlaceName,

    /// <summary>Verbs used as nouns and adjectives used as nouns (vn, an).</summary>
    NominalVerb,

    /// <summary>Verbs (v, vi, vd, vg, vq).</summary>
    Verb,

    /// <summary>Adjectives (a, ag).</summary>
    Adjective,

    /// <summary>Adjectives used as adverbs (ad).</summary>
    AdverbialAdjective,

    /// <summary>Non-predicate adjectives (b).</summary>
    Distinguishing,

    /// <summary>Adverbs (d, df, dg).</summary>
    Adverb,

    /// <summary>Pronouns (r, rr, rz, rg).</summary>
    Pronoun,

    /// <summary>Numerals and measure words (m, mq, mg, q).</summary>
    Numeral,

    /// <summary>Place and direction words (s, f).</summary>
    Locative,

    /// <summary>Idioms and set phrases (i, l).</summary>
    Idiom,

    /// <summary>Everything else (prepositions, conjunctions, particles, time words, status words…).</summary>
    Other,
}
