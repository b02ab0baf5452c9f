using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Turns the read layout into the model's nodes and works out, once at compile time, everything the
    /// matching rules need at run time: what ends each capture (the literal that follows it, through optional
    /// groups and up to the end of the text), whether a capture stays on its line, and how a list repeats.
    /// Structural mistakes become <see cref="LayoutProblem"/>s at the offending text.
    /// </summary>
    internal sealed class LayoutAnalyzer
    {
        private readonly string _layout;
        private readonly Func<string, int> _memberIndex;
        private readonly List<LayoutProblem> _problems;
        private readonly List<Token> _tokens = new List<Token>();
        private readonly Dictionary<LayoutSyntax, int> _tokenIndex = new Dictionary<LayoutSyntax, int>();
        private readonly Dictionary<CaptureSyntax, ListShape> _lists = new Dictionary<CaptureSyntax, ListShape>();
        private readonly HashSet<CaptureSyntax> _wrapped = new HashSet<CaptureSyntax>();

        /// <summary>How a list repeats, decided from the layout as written (before its lead is taken off the literal before it).</summary>
        private sealed class ListShape
        {
            public ListShape(string separator, string shape, bool hasLead, CaptureSyntax? tail, string tailLeader)
            {
                Separator = separator;
                Shape = shape;
                HasLead = hasLead;
                Tail = tail;
                TailLeader = tailLeader;
            }

            public string Separator { get; }

            public string Shape { get; }

            /// <summary>Whether the separator also comes before the first item (taken from the literal before the list).</summary>
            public bool HasLead { get; }

            /// <summary>The capture after the list that reads its last line, when one item of look-ahead tells it apart.</summary>
            public CaptureSyntax? Tail { get; }

            /// <summary>The literal between the list and <see cref="Tail"/> (the separator itself, or the start of it).</summary>
            public string TailLeader { get; }
        }

        private LayoutAnalyzer(string layout, Func<string, int> memberIndex, List<LayoutProblem> problems)
        {
            _layout = layout;
            _memberIndex = memberIndex;
            _problems = problems;
        }

        public static EquatableArray<LayoutNode> Analyze(string layout, IReadOnlyList<LayoutSyntax> syntax, Func<string, int> memberIndex, List<LayoutProblem> problems)
        {
            syntax = WithoutFinalLineBreak(syntax);
            var analyzer = new LayoutAnalyzer(layout, memberIndex, problems);

            // First pass, on the layout as written: how each list repeats. Then the separator that comes before a
            // list's first item moves from the literal before it into the list, so that an empty list leaves out
            // its line or paragraph together with that separator.
            analyzer.Flatten(syntax);
            analyzer.ReadLists();
            syntax = analyzer.WithLeadsInLists(syntax, inGroup: false);
            analyzer._tokens.Clear();
            analyzer._tokenIndex.Clear();
            analyzer.Flatten(syntax);
            return analyzer.Build(syntax);
        }

        private enum TokenKind
        {
            Literal,
            Capture,
            Open,
            Close,
        }

        private sealed class Token
        {
            public Token(TokenKind kind, LayoutSyntax syntax)
            {
                Kind = kind;
                Syntax = syntax;
            }

            public TokenKind Kind { get; }

            public LayoutSyntax Syntax { get; }

            /// <summary>For <see cref="TokenKind.Open"/>: the index of the matching close.</summary>
            public int CloseIndex { get; set; }
        }

        /// <summary>
        /// A document's last line ends with a line break anyway (Format writes it, Parse accepts it or its
        /// absence), so a layout that ends with one, as a regular string often does, means the same as one
        /// that does not.
        /// </summary>
        private static IReadOnlyList<LayoutSyntax> WithoutFinalLineBreak(IReadOnlyList<LayoutSyntax> syntax)
        {
            if (syntax.Count < 2 || syntax[syntax.Count - 1] is not LiteralSyntax last || !last.Text.EndsWith("\n", StringComparison.Ordinal))
            {
                return syntax;
            }

            var trimmed = syntax.Take(syntax.Count - 1).ToList();
            if (last.Text.Length > 1)
            {
                trimmed.Add(new LiteralSyntax(last.Text.Substring(0, last.Text.Length - 1), last.Start, last.Length - 1));
            }

            return trimmed;
        }

        private void Flatten(IReadOnlyList<LayoutSyntax> nodes)
        {
            foreach (LayoutSyntax node in nodes)
            {
                switch (node)
                {
                    case LiteralSyntax:
                        _tokenIndex[node] = _tokens.Count;
                        _tokens.Add(new Token(TokenKind.Literal, node));
                        break;
                    case CaptureSyntax:
                        _tokenIndex[node] = _tokens.Count;
                        _tokens.Add(new Token(TokenKind.Capture, node));
                        break;
                    case GroupSyntax group:
                        if (group.IsRepeated)
                        {
                            // Its list is read by the repeated part (or the part's shape is reported, ARTG034).
                            _wrapped.UnionWith(group.Children.OfType<CaptureSyntax>().Where(c => c.IsList));
                        }

                        var open = new Token(TokenKind.Open, group);
                        _tokenIndex[node] = _tokens.Count;
                        _tokens.Add(open);
                        Flatten(group.Children);
                        open.CloseIndex = _tokens.Count;
                        _tokens.Add(new Token(TokenKind.Close, group));
                        break;
                }
            }
        }

        private void ReadLists()
        {
            for (int index = 0; index < _tokens.Count; index++)
            {
                if (_tokens[index].Syntax is CaptureSyntax { IsList: true } list && _tokens[index].Kind == TokenKind.Capture && !_wrapped.Contains(list))
                {
                    // No capture given: a capture right after the list (ARTG012) is reported when the list itself is built.
                    _lists[list] = ListSeparator(index, list, EndsAfter(index + 1, null));
                }
            }
        }

        /// <summary>
        /// Moves each list's lead (its separator, where the literal before the list ends with it) out of that
        /// literal. A group's leading literal keeps its text: it decides whether the group is there.
        /// </summary>
        private IReadOnlyList<LayoutSyntax> WithLeadsInLists(IReadOnlyList<LayoutSyntax> nodes, bool inGroup)
        {
            var result = new List<LayoutSyntax>(nodes.Count);
            for (int i = 0; i < nodes.Count; i++)
            {
                LayoutSyntax node = nodes[i];
                if (node is GroupSyntax group)
                {
                    result.Add(group.IsRepeated ? group : new GroupSyntax(WithLeadsInLists(group.Children, inGroup: true), group.Start, group.Length));
                    continue;
                }

                if (node is LiteralSyntax literal && i + 1 < nodes.Count && nodes[i + 1] is CaptureSyntax { IsList: true } list
                    && _lists.TryGetValue(list, out ListShape? shape) && !(inGroup && i == 0)
                    && literal.Text.EndsWith(shape.Separator, StringComparison.Ordinal))
                {
                    _lists[list] = new ListShape(shape.Separator, shape.Shape, true, shape.Tail, shape.TailLeader);
                    if (literal.Text.Length > shape.Separator.Length)
                    {
                        result.Add(new LiteralSyntax(literal.Text.Substring(0, literal.Text.Length - shape.Separator.Length), literal.Start, literal.Length));
                    }

                    continue;
                }

                result.Add(node);
            }

            return result;
        }

        private EquatableArray<LayoutNode> Build(IReadOnlyList<LayoutSyntax> nodes)
        {
            var result = new List<LayoutNode>(nodes.Count);
            foreach (LayoutSyntax node in nodes)
            {
                switch (node)
                {
                    case LiteralSyntax literal:
                        result.Add(new LayoutNode(LayoutNodeKind.Literal, literal.Text, -1, null, EquatableArray<EndAlternative>.Empty, false, string.Empty, string.Empty, EquatableArray<LayoutNode>.Empty, SourceOf(literal)));
                        break;
                    case CaptureSyntax capture:
                        result.Add(BuildCapture(capture));
                        break;
                    case GroupSyntax { IsRepeated: true } repeated:
                        if (BuildRepeated(repeated) is { } list)
                        {
                            result.Add(list);
                        }

                        break;
                    case GroupSyntax group:
                        result.Add(BuildGroup(group));
                        break;
                }
            }

            return result.ToEquatableArray();
        }

        private LayoutNode BuildCapture(CaptureSyntax capture)
        {
            int index = _tokenIndex[capture];
            List<EndAlternative> ends = EndsAfter(index + 1, capture);
            bool oneLine = !capture.SpansLines && ends.Any(e => e.Literal.Length > 0 && e.Literal[0] != '\n');
            int memberIndex = _memberIndex(capture.Member);
            if (!capture.IsList)
            {
                return new LayoutNode(LayoutNodeKind.Capture, capture.Member, memberIndex, capture.Format, ends.ToEquatableArray(), oneLine, string.Empty, string.Empty, EquatableArray<LayoutNode>.Empty, SourceOf(capture));
            }

            ListShape list = _lists[capture];
            var tailEnds = EquatableArray<EndAlternative>.Empty;
            if (list.Tail is not null)
            {
                // The literal before the tail is the separator (or its start): it cannot end the list by itself.
                ends.RemoveAll(e => !e.AtEnd && e.Literal == list.TailLeader);
                List<EndAlternative> afterTail = EndsAfter(_tokenIndex[list.Tail] + 1, null);
                tailEnds = afterTail.ToEquatableArray();
            }

            bool inline = capture.InlineSeparator.Length > 0;
            return new LayoutNode(LayoutNodeKind.List, capture.Member, memberIndex, capture.Format, ends.ToEquatableArray(), inline, list.Separator, list.Shape, EquatableArray<LayoutNode>.Empty, SourceOf(capture))
            {
                HasLead = list.HasLead,
                TailEnds = tailEnds,
                Tail = list.Tail?.Member,
            };
        }

        private LayoutNode BuildGroup(GroupSyntax group)
        {
            if (group.Children.Count == 0 || group.Children[0] is not LiteralSyntax)
            {
                LayoutSyntax first = group.Children.Count == 0 ? group : group.Children[0];
                string what = group.Children.Count == 0 ? "nothing (it is empty)" : first switch
                {
                    CaptureSyntax c => "the capture '" + _layout.Substring(c.Start, c.Length) + "'",
                    _ => "another optional group",
                };
                _problems.Add(new LayoutProblem("ARTG013", first.Start, first.Length, what));
            }
            else if (!ContainsCapture(group))
            {
                _problems.Add(new LayoutProblem("ARTG014", group.Start, group.Length));
            }

            EquatableArray<LayoutNode> children = Build(group.Children);

            // What can follow when the group is absent: where one of these is longer than the leader and
            // matches too, the group is absent (the same longest-match rule a capture's end follows).
            int close = _tokens[_tokenIndex[group]].CloseIndex;
            string leader = group.Children.Count > 0 && group.Children[0] is LiteralSyntax l ? l.Text : string.Empty;
            var absent = EndsAfter(close + 1, null).Where(e => e.Literal.Length > leader.Length && e.Literal.StartsWith(leader, StringComparison.Ordinal)).ToEquatableArray();
            return new LayoutNode(LayoutNodeKind.Group, string.Empty, -1, null, absent, false, string.Empty, string.Empty, children, SourceOf(group));
        }

        /// <summary>The list of a repeated part, when the part is exactly a literal, <c>{Member...}</c> and maybe a closing literal.</summary>
        private static CaptureSyntax? WrappedList(GroupSyntax group)
        {
            var children = group.Children;
            bool shaped = children.Count is 2 or 3 && children[0] is LiteralSyntax && children[1] is CaptureSyntax { IsList: true, InlineSeparator.Length: 0 }
                && (children.Count == 2 || (children[2] is LiteralSyntax trailer && trailer.Text.IndexOf('\n') < 0));
            return shaped ? (CaptureSyntax)children[1] : null;
        }

        /// <summary>
        /// <c>[leader{Member...}trailer]...</c>: a list whose every item is written between the two literals, zero or
        /// more times in a row. Each item is there when its leader comes next; an item ends at its trailer (or, with
        /// none, where the next leader or what follows the part begins).
        /// </summary>
        private LayoutNode? BuildRepeated(GroupSyntax group)
        {
            if (WrappedList(group) is not { } capture)
            {
                _problems.Add(new LayoutProblem("ARTG034", group.Start, group.Length));
                return null;
            }

            string leader = ((LiteralSyntax)group.Children[0]).Text;
            string trailer = group.Children.Count == 3 ? ((LiteralSyntax)group.Children[2]).Text : string.Empty;
            List<EndAlternative> after = EndsAfter(_tokens[_tokenIndex[group]].CloseIndex + 1, null);
            foreach (EndAlternative end in after.Where(e => e.Literal.Length > 0 && e.Literal.StartsWith(leader, StringComparison.Ordinal)))
            {
                _problems.Add(new LayoutProblem("ARTG019", capture.Start, capture.Length, capture.Member, Describe.Literal(leader), Describe.Literal(end.Literal)));
            }

            var itemEnds = trailer.Length > 0
                ? new List<EndAlternative> { new EndAlternative(trailer, false) }
                : new List<EndAlternative> { new EndAlternative(leader, false) }.Concat(after).ToList();
            bool oneLine = !capture.SpansLines && itemEnds.Any(e => e.Literal.Length > 0 && e.Literal[0] != '\n');
            string shape = "items each written as " + Describe.Literal(leader) + ", the item" + (trailer.Length > 0 ? ", " + Describe.Literal(trailer) : string.Empty) + ", zero or more in a row";
            return new LayoutNode(LayoutNodeKind.List, capture.Member, _memberIndex(capture.Member), capture.Format, itemEnds.ToEquatableArray(), oneLine, string.Empty, shape, EquatableArray<LayoutNode>.Empty, SourceOf(group))
            {
                ItemLeader = leader,
                ItemTrailer = trailer,
            };
        }

        private static bool ContainsCapture(GroupSyntax group)
            => group.Children.Any(c => c is CaptureSyntax || (c is GroupSyntax g && ContainsCapture(g)));

        /// <summary>
        /// What can end a capture whose next token is <paramref name="start"/>: the literal text that follows,
        /// up to the next capture; at an optional group, both its leading literal (group present) and whatever
        /// follows the group (group absent), in that order of precedence; at the end of the layout, that text
        /// followed by the end of the text.
        /// </summary>
        private List<EndAlternative> EndsAfter(int start, CaptureSyntax? capture)
        {
            var ends = new List<EndAlternative>();
            Walk(start, string.Empty);

            // Where several match at the same place, one is a prefix of the other: the longer one wins,
            // so "\n\n" after a group beats the group's leading "\n" on a blank line. Ties keep layout order.
            return ends.Distinct().Select((end, index) => (end, index)).OrderByDescending(e => e.end.Literal.Length).ThenBy(e => e.index).Select(e => e.end).ToList();

            void Walk(int index, string text)
            {
                while (index < _tokens.Count)
                {
                    Token token = _tokens[index];
                    switch (token.Kind)
                    {
                        case TokenKind.Literal:
                            text += ((LiteralSyntax)token.Syntax).Text;
                            index++;
                            break;
                        case TokenKind.Capture when token.Syntax is CaptureSyntax { IsList: true } list && _lists.TryGetValue(list, out ListShape? shape) && shape.HasLead:
                            // The list's items each come after its separator; with no items, what follows the list comes next.
                            ends.Add(new EndAlternative(text + shape.Separator, false));
                            index++;
                            break;
                        case TokenKind.Capture:
                            if (text.Length == 0 && capture is not null)
                            {
                                var next = (CaptureSyntax)token.Syntax;
                                _problems.Add(new LayoutProblem("ARTG012", next.Start, next.Length, capture.Member, next.Member));
                            }
                            else if (text.Length > 0)
                            {
                                ends.Add(new EndAlternative(text, false));
                            }

                            return;
                        case TokenKind.Open:
                            string leader = index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Literal
                                ? ((LiteralSyntax)_tokens[index + 1].Syntax).Text
                                : string.Empty;
                            if (text.Length + leader.Length > 0)
                            {
                                ends.Add(new EndAlternative(text + leader, false));
                            }

                            index = token.CloseIndex + 1;
                            break;
                        default:
                            index++;
                            break;
                    }
                }

                ends.Add(new EndAlternative(text, true));
            }
        }

        /// <summary>
        /// How a list repeats, from where it stands: alone in its paragraph, items are paragraphs one blank line
        /// apart; alone on its line, items are lines; after literal text on its line, every item starts with that
        /// text (after the same line breaks) and runs, across lines, up to the next one.
        /// </summary>
        private ListShape ListSeparator(int index, CaptureSyntax list, List<EndAlternative> ends)
        {
            if (list.InlineSeparator.Length > 0)
            {
                // Items within one line, the separator between them: what follows the list ends it.
                foreach (EndAlternative end in ends.Where(e => !e.AtEnd && list.InlineSeparator.StartsWith(e.Literal, StringComparison.Ordinal)))
                {
                    _problems.Add(new LayoutProblem("ARTG019", list.Start, list.Length, list.Member, Describe.Literal(list.InlineSeparator), Describe.Literal(end.Literal)));
                }

                return new ListShape(list.InlineSeparator, "items within one line", false, null, string.Empty);
            }

            string before;
            bool atLayoutStart;
            if (index == 0)
            {
                before = string.Empty;
                atLayoutStart = true;
            }
            else if (_tokens[index - 1].Kind == TokenKind.Literal)
            {
                before = ((LiteralSyntax)_tokens[index - 1].Syntax).Text;
                atLayoutStart = index == 1;
            }
            else
            {
                _problems.Add(new LayoutProblem("ARTG020", list.Start, list.Length, list.Member, "has no literal text before it"));
                return new ListShape("\n", "lines", false, null, string.Empty);
            }

            int lastBreak = before.LastIndexOf('\n');
            if (lastBreak < 0 && !atLayoutStart)
            {
                _problems.Add(new LayoutProblem("ARTG020", list.Start, list.Length, list.Member, "shares its line with a capture before it"));
                return new ListShape("\n", "lines", false, null, string.Empty);
            }

            if (ends.Any(e => !(e.Literal.Length == 0 || e.Literal[0] == '\n')))
            {
                _problems.Add(new LayoutProblem("ARTG020", list.Start, list.Length, list.Member, "is followed by more text on its line"));
                return new ListShape("\n", "lines", false, null, string.Empty);
            }

            string prefix = before.Substring(lastBreak + 1);
            int breaks = 0;
            for (int i = lastBreak; i >= 0 && before[i] == '\n'; i--)
            {
                breaks++;
            }

            string separator;
            string shape;
            if (prefix.Length == 0)
            {
                bool startsParagraph = breaks >= 2 || (atLayoutStart && breaks == before.Length);
                bool endsParagraph = ends.All(e => e.Literal.StartsWith("\n\n", StringComparison.Ordinal) || (e.AtEnd && e.Literal.All(c => c == '\n')));
                if (startsParagraph && endsParagraph)
                {
                    separator = "\n\n";
                    shape = "paragraphs";
                }
                else
                {
                    separator = "\n";
                    shape = "lines";
                }
            }
            else
            {
                separator = (breaks >= 2 ? "\n\n" : "\n") + prefix;
                shape = breaks >= 2
                    ? "paragraphs each starting with " + Describe.Literal(prefix)
                    : "items each starting a line with " + Describe.Literal(prefix) + " and running across lines up to the next one";
            }

            CaptureSyntax? tail = null;
            string tailLeader = string.Empty;
            foreach (EndAlternative end in ends)
            {
                if (!end.AtEnd && separator.StartsWith(end.Literal, StringComparison.Ordinal))
                {
                    // What follows starts like another item. Where it is that literal and then one capture whose own
                    // end an item cannot hold, the list ends before the last item the rest of the layout can read.
                    if (tail is null && TailAfter(index, end.Literal, separator) is { } last)
                    {
                        tail = last;
                        tailLeader = end.Literal;
                        continue;
                    }

                    _problems.Add(new LayoutProblem("ARTG019", list.Start, list.Length, list.Member, Describe.Literal(separator), Describe.Literal(end.Literal)));
                }
            }

            return new ListShape(separator, shape, false, tail, tailLeader);
        }

        /// <summary>
        /// The capture that reads a list's last line instead (a sign-off before "(END)"): the list at token
        /// <paramref name="index"/> is followed by exactly <paramref name="leader"/> and a plain capture, and what
        /// ends that capture differs from the separator, so the item it ends is the capture, not an item.
        /// </summary>
        private CaptureSyntax? TailAfter(int index, string leader, string separator)
        {
            if (index + 2 >= _tokens.Count || _tokens[index + 1].Syntax is not LiteralSyntax literal || literal.Text != leader
                || _tokens[index + 2].Syntax is not CaptureSyntax { IsList: false } tail || _tokens[index + 2].Kind != TokenKind.Capture)
            {
                return null;
            }

            List<EndAlternative> tailEnds = EndsAfter(index + 3, null);
            return tailEnds.Count > 0 && tailEnds.All(e => e.Literal != separator && !(e.Literal.Length == 0 && !e.AtEnd)) ? tail : null;
        }

        /// <summary>The layout text of a node, line breaks normalized and shown as \n, ready for a one-line comment.</summary>
        private string SourceOf(LayoutSyntax syntax)
            => Describe.CommentText(_layout.Substring(syntax.Start, syntax.Length).Replace("\r\n", "\n").Replace('\r', '\n'));
    }
}
