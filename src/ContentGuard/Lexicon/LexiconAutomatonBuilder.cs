namespace ContentGuard.Lexicon;

/// <summary>
/// Builds a <see cref="LexiconAutomaton"/>: folds the terms into keys, sorts and deduplicates them, builds the trie in one
/// pass over the sorted keys, places it into a double array (first fit with the darts skip heuristic), then adds
/// failure and output links breadth-first. Linear in the total key length apart from the sort.
/// </summary>
internal static class LexiconAutomatonBuilder
{
    /// <summary>Builds the automaton.</summary>
    /// <param name="terms">The terms; several may fold to one key.</param>
    /// <param name="classes">The folding and noise classes.</param>
    /// <param name="keyOfTerm">For each term, its key index, or -1 when it folds to nothing.</param>
    /// <param name="pinyin">True to read Latin letters spelling a character in pinyin (du品).</param>
    public static LexiconAutomaton Build(IReadOnlyList<string> terms, CharClasses classes, out int[] keyOfTerm, bool pinyin = true)
    {
        // 1. Fold, sort, deduplicate.
        var folded = new string[terms.Count];
        var order = new int[terms.Count];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = classes.ToKey(terms[i]);
            order[i] = i;
        }

        Array.Sort(folded, order, StringComparer.Ordinal);
        keyOfTerm = new int[terms.Count];
        var keys = new List<string>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i].Length == 0)
            {
                keyOfTerm[order[i]] = -1;
                continue;
            }

            if (keys.Count == 0 || !string.Equals(keys[^1], folded[i], StringComparison.Ordinal))
            {
                keys.Add(folded[i]);
            }

            keyOfTerm[order[i]] = keys.Count - 1;
        }

        folded = null!;
        order = null!;

        // 2. Alphabet: most frequent char first (small codes pack the double array densely).
        var counts = new int[char.MaxValue + 1];
        long total = 0;
        var maxLength = 0;
        foreach (var key in keys)
        {
            total += key.Length;
            maxLength = Math.Max(maxLength, key.Length);
            foreach (var c in key)
            {
                counts[c]++;
            }
        }

        var alphabet = Enumerable.Range(0, char.MaxValue + 1).Where(c => counts[c] > 0).OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        if (alphabet.Length >= LexiconAutomaton.IgnoredCode)
        {
            throw new InvalidOperationException("The lexicon uses too many distinct characters.");
        }

        var codeOfChar = new ushort[char.MaxValue + 1];
        for (var i = 0; i < alphabet.Length; i++)
        {
            codeOfChar[alphabet[i]] = (ushort)(i + 1);
        }

        var codes = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var f = classes.Fold((char)c);
            codes[c] = f == '\0' ? LexiconAutomaton.IgnoredCode
                : codeOfChar[f] != 0 ? codeOfChar[f]
                : classes.IsNoise(f) ? LexiconAutomaton.NoiseCode
                : (ushort)0;
        }

        // 3. Trie from the sorted keys: a new child is always the last child of its parent.
        var trie = new Trie(checked((int)total + 1));
        var path = new int[maxLength + 1];
        string previous = string.Empty;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            var lcp = 0;
            var limit = Math.Min(key.Length, previous.Length);
            while (lcp < limit && key[lcp] == previous[lcp])
            {
                lcp++;
            }

            var node = path[lcp];
            for (var j = lcp; j < key.Length; j++)
            {
                node = trie.AddChild(node, codeOfChar[key[j]]);
                path[j + 1] = node;
            }

            trie.Key[node] = k;
            previous = key;
        }

        // 4. Double array, breadth first.
        var placer = new DoubleArrayPlacer(trie.Count + alphabet.Length + 2, alphabet.Length);
        var slotOf = new int[trie.Count];
        var bfs = new int[trie.Count];
        var head = 0;
        var tail = 0;
        bfs[tail++] = 0;
        slotOf[0] = 0;
        placer.Claim(0, -2);
        var childCodes = new List<int>();
        while (head < tail)
        {
            var u = bfs[head++];
            childCodes.Clear();
            for (var v = trie.FirstChild[u]; v != 0; v = trie.NextSibling[v])
            {
                childCodes.Add(trie.Label[v]);
            }

            if (childCodes.Count == 0)
            {
                continue;
            }

            childCodes.Sort();
            var b = placer.FindBase(childCodes);
            placer.SetBase(slotOf[u], b);
            for (var v = trie.FirstChild[u]; v != 0; v = trie.NextSibling[v])
            {
                var slot = b + trie.Label[v];
                placer.Claim(slot, slotOf[u]);
                slotOf[v] = slot;
                bfs[tail++] = v;
            }
        }

        var nodes = placer.Finish(alphabet.Length);
        placer = null!;
        var keyAt = new int[nodes.Length];
        Array.Fill(keyAt, -1);
        var bfsSlots = new int[tail];
        for (var h = 0; h < tail; h++)
        {
            var u = bfs[h];
            bfsSlots[h] = slotOf[u];
            if (trie.Key[u] >= 0)
            {
                keyAt[slotOf[u]] = trie.Key[u];
            }
        }

        trie = null!;
        slotOf = null!;
        bfs = null!;

        var fail = new int[nodes.Length];
        var output = new int[nodes.Length];

        // 5. Failure and output links, breadth first over the double array (parent = check, label = slot - parent's base).
        for (var h = 1; h < bfsSlots.Length; h++)
        {
            var sv = bfsSlots[h];
            var parent = nodes[sv].Check;
            var c = sv - nodes[parent].Base;
            var f = 0;
            if (parent != 0)
            {
                f = fail[parent];
                while (true)
                {
                    var t = nodes[f].Base + c;
                    if (nodes[t].Check == f)
                    {
                        f = t;
                        break;
                    }

                    if (f == 0)
                    {
                        break;
                    }

                    f = fail[f];
                }
            }

            fail[sv] = f;
            output[sv] = keyAt[sv] >= 0 ? sv : output[f];
        }

        var keyArray = keys.ToArray();
        var speller = pinyin ? PinyinSpeller.Create(codeOfChar) : null;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (output[i] != 0)
            {
                nodes[i].Check |= int.MinValue; // the state has output: one bit the hot loop reads with the slot
            }
        }

        nodes[0].Check = int.MaxValue; // the root: owned by no state, no output
        return new LexiconAutomaton(keyArray, codes, nodes, fail, output, keyAt, speller, bfsSlots.Length);
    }

    /// <summary>A build-time trie: first-child / next-sibling lists, appended in sorted order.</summary>
    private sealed class Trie
    {
        private readonly int[] _lastChild;

        public Trie(int capacity)
        {
            FirstChild = new int[capacity];
            NextSibling = new int[capacity];
            _lastChild = new int[capacity];
            Label = new ushort[capacity];
            Key = new int[capacity];
            Array.Fill(Key, -1);
            Count = 1;
        }

        public int[] FirstChild { get; }

        public int[] NextSibling { get; }

        public ushort[] Label { get; }

        public int[] Key { get; }

        public int Count { get; private set; }

        public int AddChild(int parent, ushort label)
        {
            var v = Count++;
            Label[v] = label;
            if (FirstChild[parent] == 0)
            {
                FirstChild[parent] = v;
            }
            else
            {
                NextSibling[_lastChild[parent]] = v;
            }

            _lastChild[parent] = v;
            return v;
        }
    }

    /// <summary>
    /// Finds free bases in a growing double array: first fit over a linked list of free slots; a free slot that failed
    /// too often as a first candidate leaves the list (it may still be taken by a later child), which keeps the search
    /// linear overall.
    /// </summary>
    private sealed class DoubleArrayPlacer
    {
        private const int MaxTries = 16;

        private DoubleArrayNode[] _nodes;
        private int[] _next;
        private int[] _prev;
        private byte[] _tries;
        private int[] _nextFree;
        private int _head = -1;
        private int _multiStart = -1;
        private int _tail = -1;
        private int _size;

        public DoubleArrayPlacer(int capacity, int alphabetSize)
        {
            var length = Math.Max(capacity, alphabetSize + 2);
            _nodes = [];
            _next = [];
            _prev = [];
            _tries = [];
            _nextFree = [];
            Grow(length);
        }

        public void Claim(int slot, int parent)
        {
            Ensure(slot + 2);
            _nodes[slot].Check = parent;
            _nextFree[slot] = slot + 1;
            Unlink(slot);
            _size = Math.Max(_size, slot + 1);
        }

        public void SetBase(int slot, int b) => _nodes[slot].Base = b;

        public int FindBase(List<int> sortedCodes)
        {
            var first = sortedCodes[0];
            var last = sortedCodes[^1];
            var single = sortedCodes.Count == 1;

            // A single child takes the first free slot at or after its code (union-find over claimed slots); several
            // children walk the free list from where that search last got stuck (slots that failed too often are skipped).
            if (single)
            {
                return FirstFreeFrom(first) - first;
            }

            var p = _multiStart;
            while (true)
            {
                if (p < 0)
                {
                    p = _nodes.Length;
                    Grow(_nodes.Length + (_nodes.Length >> 1));
                }

                var b = p - first;
                if (b >= 0)
                {
                    Ensure(b + last + 1);
                    var fits = true;
                    for (var j = 1; j < sortedCodes.Count; j++)
                    {
                        if (_nodes[b + sortedCodes[j]].Check != -1)
                        {
                            fits = false;
                            break;
                        }
                    }

                    if (fits)
                    {
                        return b;
                    }
                }

                if (_tries[p] < MaxTries && ++_tries[p] >= MaxTries && p == _multiStart)
                {
                    while (_multiStart >= 0 && _tries[_multiStart] >= MaxTries)
                    {
                        _multiStart = _next[_multiStart];
                    }
                }

                p = _next[p];
            }
        }

        public DoubleArrayNode[] Finish(int alphabetSize)
        {
            // Every transition target base + code must be inside the array: pad by the alphabet size.
            var maxBase = 0;
            for (var i = 0; i < _size; i++)
            {
                maxBase = Math.Max(maxBase, _nodes[i].Base);
            }

            var length = Math.Max(_size, maxBase) + alphabetSize + 1;
            var result = new DoubleArrayNode[length];
            var copy = Math.Min(_nodes.Length, length);
            Array.Copy(_nodes, result, copy);
            for (var i = copy; i < length; i++)
            {
                result[i] = new DoubleArrayNode { Base = 0, Check = -1 };
            }

            return result;
        }

        /// <summary>The smallest free slot at or after <paramref name="slot"/> (union-find with path compression).</summary>
        private int FirstFreeFrom(int slot)
        {
            var root = slot;
            while (true)
            {
                Ensure(root + 2);
                if (_nextFree[root] == root)
                {
                    break;
                }

                root = _nextFree[root];
            }

            while (slot != root)
            {
                var next = _nextFree[slot];
                _nextFree[slot] = root;
                slot = next;
            }

            return root;
        }

        private void Ensure(int length)
        {
            if (length > _nodes.Length)
            {
                Grow(Math.Max(length, _nodes.Length + (_nodes.Length >> 1)));
            }
        }

        private void Grow(int length)
        {
            var old = _nodes.Length;
            Array.Resize(ref _nodes, length);
            Array.Resize(ref _next, length);
            Array.Resize(ref _prev, length);
            Array.Resize(ref _tries, length);
            Array.Resize(ref _nextFree, length);
            for (var i = old; i < length; i++)
            {
                _nextFree[i] = i;
                _nodes[i] = new DoubleArrayNode { Base = 0, Check = -1 };
                _prev[i] = i == old ? _tail : i - 1;
                _next[i] = i + 1 < length ? i + 1 : -1;
            }

            if (_tail >= 0)
            {
                _next[_tail] = old;
            }
            else
            {
                _head = old;
            }

            if (_multiStart < 0)
            {
                _multiStart = old;
            }

            _tail = length - 1;
        }

        private void Unlink(int slot)
        {
            if (_prev[slot] == -2)
            {
                return; // not in the list
            }

            var prev = _prev[slot];
            var next = _next[slot];
            if (slot == _multiStart)
            {
                _multiStart = next;
            }

            if (prev >= 0)
            {
                _next[prev] = next;
            }
            else
            {
                _head = next;
            }

            if (next >= 0)
            {
                _prev[next] = prev;
            }
            else
            {
                _tail = prev;
            }

            _prev[slot] = -2;
            _next[slot] = -1;
        }
    }
}
