using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// Works out, at compile time, the quick per-value check a formatter makes instead of reading its output
    /// back: for every capture and list, the characters where a reader could end or split the value (the first
    /// characters of what ends it, a line break, a carriage return), those literals themselves, and the
    /// characters the value must not start with (the next character of any literal the reader may test on the
    /// fixed text just before the value, so that a test there cannot run on into the value).
    /// </summary>
    internal sealed class ValueCheckPlan
    {
        /// <summary>One value's check; <see cref="Undecidable"/> when only the exact re-scan can decide.</summary>
        internal sealed record Check(string Stops, IReadOnlyList<string> Ends, string Leading, bool Undecidable, string Source);

        private readonly Dictionary<LayoutNode, int> _index = new Dictionary<LayoutNode, int>(ReferenceComparer.Instance);
        private readonly List<string> _decisions;

        private ValueCheckPlan(ArticleTypeModel model)
        {
            _decisions = Decisions(model.Nodes).Where(d => d.Length > 0).Distinct().ToList();
            Walk(model.Nodes, new HashSet<string> { string.Empty });
        }

        public List<Check> Checks { get; } = new List<Check>();

        public static ValueCheckPlan Build(ArticleTypeModel model) => new ValueCheckPlan(model);

        /// <summary>The index of the check of a capture or list node, in <see cref="Checks"/>.</summary>
        public int IndexOf(LayoutNode node) => _index[node];

        /// <summary>Every literal a reader compares the text with somewhere: where one starts before a value, the value must not continue it.</summary>
        private static IEnumerable<string> Decisions(EquatableArray<LayoutNode> nodes)
        {
            foreach (LayoutNode node in nodes)
            {
                if (node.Kind == LayoutNodeKind.Literal)
                {
                    yield return node.Text;
                }

                foreach (EndAlternative end in node.Ends.Concat(node.TailEnds))
                {
                    yield return end.Literal;
                }

                yield return node.Separator;
                yield return node.ItemLeader;
                yield return node.ItemTrailer;
                foreach (string inner in Decisions(node.Children))
                {
                    yield return inner;
                }
            }
        }

        /// <summary>
        /// Walks the layout with the fixed texts that can stand between the last value (or the start) and the
        /// current place; null once that is no longer known (then a value may start with nothing a literal holds).
        /// </summary>
        private HashSet<string>? Walk(EquatableArray<LayoutNode> nodes, HashSet<string>? before)
        {
            foreach (LayoutNode node in nodes)
            {
                switch (node.Kind)
                {
                    case LayoutNodeKind.Literal:
                        before = before is null || before.Count > 64 ? null : new HashSet<string>(before.Select(f => f + node.Text));
                        break;
                    case LayoutNodeKind.Capture:
                        Add(node, before, node.Ends.Where(e => !e.AtEnd).Select(e => e.Literal), undecidable: false);
                        before = new HashSet<string> { string.Empty };
                        break;
                    case LayoutNodeKind.List when node.IsWrapped:
                        Add(node, Union(Append(before, node.ItemLeader), new HashSet<string> { node.ItemTrailer + node.ItemLeader }), node.Ends.Where(e => !e.AtEnd).Select(e => e.Literal), undecidable: false);
                        before = new HashSet<string> { node.ItemTrailer };
                        break;
                    case LayoutNodeKind.List:
                        // A list read with one item of look-ahead (its last line may be the capture after it): the re-scan decides.
                        Add(node, Union(node.HasLead ? Append(before, node.Separator) : before, new HashSet<string> { node.Separator }), node.Ends.Where(e => !e.AtEnd).Select(e => e.Literal).Concat(new[] { node.Separator }), undecidable: node.Tail is not null);
                        before = new HashSet<string> { string.Empty };
                        break;
                    case LayoutNodeKind.Group:
                        HashSet<string>? present = Walk(node.Children, before is null ? null : new HashSet<string>(before));
                        before = Union(before, present);
                        break;
                }
            }

            return before;
        }

        private static HashSet<string>? Append(HashSet<string>? before, string text)
            => before is null ? null : new HashSet<string>(before.Select(f => f + text));

        private static HashSet<string>? Union(HashSet<string>? a, HashSet<string>? b)
        {
            if (a is null || b is null)
            {
                return null;
            }

            var union = new HashSet<string>(a);
            union.UnionWith(b);
            return union;
        }

        private void Add(LayoutNode node, HashSet<string>? before, IEnumerable<string> ends, bool undecidable)
        {
            var literals = ends.Where(e => e.Length > 0).Distinct().ToList();
            var stops = new SortedSet<char>(ends.Where(e => e.Length > 0).Select(e => e[0])) { '\n', '\r' };
            var leading = new SortedSet<char>();
            if (before is null)
            {
                leading.UnionWith(_decisions.SelectMany(d => d));
            }
            else
            {
                foreach (string fixedText in before)
                {
                    for (int k = 0; k <= fixedText.Length; k++)
                    {
                        string tail = fixedText.Substring(fixedText.Length - k);
                        foreach (string decision in _decisions)
                        {
                            if (decision.Length > k && decision.StartsWith(tail, System.StringComparison.Ordinal))
                            {
                                leading.Add(decision[k]);
                            }
                        }
                    }
                }
            }

            leading.Add('\n');
            leading.Add('\r');
            _index[node] = Checks.Count;
            Checks.Add(new Check(new string(stops.ToArray()), literals, new string(leading.ToArray()), undecidable, node.Source));
        }

        private sealed class ReferenceComparer : IEqualityComparer<LayoutNode>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(LayoutNode? x, LayoutNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(LayoutNode obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
