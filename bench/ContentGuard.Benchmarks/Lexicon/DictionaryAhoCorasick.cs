namespace ContentGuard.Benchmarks.Lexicon;

/// <summary>
/// The baseline: a straightforward Aho-Corasick automaton whose states keep their transitions in a
/// <see cref="Dictionary{TKey, TValue}"/> of char → state, with failure links and output lists. Find-all with positions.
/// </summary>
public sealed class DictionaryAhoCorasick
{
    private readonly List<Dictionary<char, int>> _goto = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _output = [[]];
    private readonly List<int> _lengths = [];

    public DictionaryAhoCorasick(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var s = 0;
            foreach (var c in term)
            {
                if (!_goto[s].TryGetValue(c, out var next))
                {
                    next = _goto.Count;
                    _goto.Add([]);
                    _fail.Add(0);
                    _output.Add([]);
                    _goto[s][c] = next;
                }

                s = next;
            }

            _output[s].Add(_lengths.Count);
            _lengths.Add(term.Length);
        }

        var queue = new Queue<int>(_goto[0].Values);
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            foreach (var (c, u) in _goto[r])
            {
                queue.Enqueue(u);
                var f = _fail[r];
                while (f != 0 && !_goto[f].ContainsKey(c))
                {
                    f = _fail[f];
                }

                _fail[u] = r != 0 && _goto[f].TryGetValue(c, out var t) ? t : 0;
                _output[u].AddRange(_output[_fail[u]]);
            }
        }
    }

    /// <summary>Every occurrence as (start, pattern index).</summary>
    public void FindAll(string text, List<(int Start, int Pattern)> results)
    {
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int next;
            while (!_goto[s].TryGetValue(c, out next) && s != 0)
            {
                s = _fail[s];
            }

            s = _goto[s].TryGetValue(c, out next) ? next : 0;
            foreach (var p in _output[s])
            {
                results.Add((i - _lengths[p] + 1, p));
            }
        }
    }
}
