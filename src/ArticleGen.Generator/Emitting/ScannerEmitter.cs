using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// Writes <c>__Scan</c>: one left-to-right pass that finds where every capture starts and ends and records
    /// it on the tape. Each step is a bounded search for the literal that ends the current capture; nothing
    /// is ever matched twice, so the time is linear in the input. The same method checks the formatter's
    /// output against the formatter's tape.
    /// </summary>
    internal static class ScannerEmitter
    {
        private const string Rt = EmitContext.Runtime;

        /// <summary>Writes the text scanner and, where UTF-8 is scanned as bytes, the same steps over bytes.</summary>
        public static void Emit(EmitContext c)
        {
            Emit(c, CodeUnit.Char);
            if (c.ScansUtf8)
            {
                c.W.Line();
                Emit(c, CodeUnit.Utf8);
            }

            c.Unit = CodeUnit.Char;
        }

        private static void Emit(EmitContext c, CodeUnit unit)
        {
            var w = c.W;
            c.Unit = unit;
            w.Comment(unit.IsUtf8
                ? "<summary>\nThe steps of <see cref=\"__Scan\"/>, over validated UTF-8 where it lies: every literal is searched for as its\nUTF-8 bytes (which match only where its characters do), positions are byte offsets, and\n<paramref name=\"text\"/> is never decoded as a whole.\n</summary>"
                : "<summary>\nFinds where each part of the layout is in <paramref name=\"text\"/> and records it on <paramref name=\"tape\"/>.\nWhen the tape is verifying, checks that the text splits exactly as recorded instead.\n</summary>", "/// ");
            using (w.Block($"private static bool __Scan{unit.Suffix}({unit.SpanType} text, int offset, ref {Rt}ParseTape tape, ref {Rt}ParseError error)"))
            {
                if (c.IsDocument)
                {
                    w.Comment("Blank lines at the very end (and the last line's own line break) are padding, not content.");
                    w.Line($"text = {Rt}ArticleText.WithoutPadding(text);");
                }

                w.Line("int pos = 0;");
                w.Line();
                string? previous = EmitSequence(c, c.Model.Nodes, null);
                w.Comment("The end of the text.");
                using (w.Block($"if (!{Rt}ArticleText.IsEnd(text, pos))"))
                {
                    w.Line($"return error.Fail(offset + pos, \"the end of the text\", {Nullable(previous)}, {EmitContext.Quote(After(previous))}, {c.TypeLiteral});");
                }

                w.Line();
                w.Line("return true;");
            }
        }

        private static string Nullable(string? member) => member is null ? "null" : EmitContext.Quote(member);

        private static string After(string? member) => member is null ? "at the start of the text" : "after " + member;

        /// <summary>Emits the nodes in order; returns the last member read (for "expected X after Member").</summary>
        private static string? EmitSequence(EmitContext c, EquatableArray<LayoutNode> nodes, string? previous)
        {
            foreach (LayoutNode node in nodes)
            {
                switch (node.Kind)
                {
                    case LayoutNodeKind.Literal:
                        EmitLiteral(c, node, previous);
                        break;
                    case LayoutNodeKind.Capture:
                        EmitCapture(c, node);
                        previous = node.Member;
                        break;
                    case LayoutNodeKind.List:
                        EmitList(c, node);
                        previous = node.Member;
                        break;
                    case LayoutNodeKind.Group:
                        previous = EmitGroup(c, node, previous);
                        break;
                }
            }

            return previous;
        }

        private static void EmitLiteral(EmitContext c, LayoutNode node, string? previous)
        {
            var w = c.W;
            w.Comment($"{LayoutDocs.Capitalize(Describe.Literal(node.Text))} must come next.");
            using (w.Block($"if (!{c.At("pos", node.Text)})"))
            {
                w.Line($"return error.Fail(offset + pos, {EmitContext.Quote(Describe.Literal(node.Text))}, {Nullable(previous)}, {EmitContext.Quote(After(previous))}, {c.TypeLiteral});");
            }

            w.Line();
            w.Line(Advance(c, "pos", node.Text));
            w.Line();
        }

        /// <summary>Moves past a matched literal; in a document the part that matched the padding lies past the end.</summary>
        private static string Advance(EmitContext c, string position, string literal)
            => c.MayEndInPadding(literal)
                ? $"{position} = global::System.Math.Min({position} + {c.Unit.Length(literal)}, text.Length);"
                : $"{position} += {c.Unit.Length(literal)};";

        private static void EmitCapture(EmitContext c, LayoutNode node)
        {
            var w = c.W;
            string ends = EmitContext.DescribeEnds(node.Ends);
            w.Comment($"{node.Source}: {EmitContext.DescribeCaptureEnd(node)}.");
            w.Line("{");
            using (Indent(w))
            {
                string end = c.Fresh("end");
                string failedAt = c.Fresh("failedAt");
                EmitFindEnd(c, node.Ends.Select(e => (e, EndRole.Follower)).ToList(), node.OneLine, end, failedAt, separatorFlag: null, tailFlag: null);
                using (w.Block($"if ({end} < 0)"))
                {
                    EmitLeftoverCheck(c, node.Ends, "pos", node.Member);

                    // A one-line capture fails where its line ends; a longer one where its first line ends,
                    // which is where a reader looks for what should have followed.
                    string where = node.OneLine ? failedAt : $"{Rt}ArticleText.LineEnd(text, pos)";
                    w.Line($"return error.Fail(offset + {where}, {EmitContext.Quote(ends)}, {EmitContext.Quote(node.Member)}, {EmitContext.Quote("after " + node.Member)}, {c.TypeLiteral});");
                }

                w.Line();
                EmitRecordSpan(c, "pos", end, node.Member);
                w.Line($"pos = {end};");
            }

            w.Line("}");
            w.Line();
        }

        /// <summary>
        /// Emits the search for the first place where one of <paramref name="alternatives"/> matches. One
        /// vectorized pass looks for the first characters the alternatives can start with; only there are
        /// they compared, longest first, so the longer wins where two match (one that takes the rest of the
        /// text is the longest there is). Literals that must be followed by
        /// the end of the text can match at one place only, found up front; it bounds the pass. A one-line
        /// capture also stops at the first line break. Nothing is looked at twice: linear time.
        /// Sets <paramref name="end"/> (-1 when nothing matched, then <paramref name="failedAt"/> says where
        /// the search stopped) and, for a list, <paramref name="separatorFlag"/> when the match is the separator.
        /// </summary>
        private static void EmitFindEnd(EmitContext c, List<(EndAlternative Alternative, EndRole Role)> alternatives, bool oneLine, string end, string failedAt, string? separatorFlag, string? tailFlag)
        {
            var w = c.W;
            var ordered = alternatives
                .Select((a, index) => (a.Alternative, IsSeparator: a.Role == EndRole.Separator, IsTail: a.Role == EndRole.Tail, index))
                .OrderByDescending(a => a.Alternative.AtEnd)
                .ThenByDescending(a => a.Alternative.Literal.Length)
                .ThenBy(a => a.IsSeparator)
                .ThenBy(a => a.index)
                .ToList();
            var atEnds = ordered.Where(a => a.Alternative.AtEnd).Select(a => (a.Alternative, Name: c.Fresh("atEnd"))).ToList();
            var firstChars = ordered.Where(a => !a.Alternative.AtEnd).Select(a => a.Alternative.Literal[0]).Concat(oneLine ? new[] { '\n' } : Array.Empty<char>()).Distinct().ToList();
            var firstUnits = ordered.Where(a => !a.Alternative.AtEnd).Select(a => c.Unit.First(a.Alternative.Literal)).Concat(oneLine ? new[] { (int)'\n' } : Array.Empty<int>()).Distinct().ToList();

            w.Line($"int {end} = -1;");
            // The end of the text alone (an empty literal) needs no search: it is text.Length, which bounds nothing.
            var searched = atEnds.Where(a => a.Alternative.Literal.Length > 0).ToList();
            foreach (var (alternative, name) in searched)
            {
                w.Line($"int {name} = {Rt}ArticleText.IndexOfAtEnd(text, pos, {c.Unit.Literal(alternative.Literal)}, document: {c.DocumentLiteral});");
            }

            string stop = c.Fresh("stop");
            string bound = "text.Length";
            foreach (var (_, name) in searched)
            {
                bound = $"{name} >= 0 && {name} < {bound} ? {name} : {bound}";
            }

            w.Line($"int {stop} = {bound};");
            string at = c.Fresh("at");
            w.Line($"int {failedAt} = {stop};");
            using (w.Block($"for (int from = pos; ; )"))
            {
                string units = string.Join(", ", firstUnits.Select(c.Unit.UnitLiteral));
                w.Comment(firstChars.Count == 0
                    ? "Only the end of the text can end it."
                    : $"The next place where one of them can start: {string.Join(" ", firstChars.Select(ch => Describe.Quote(ch.ToString())))}.");
                w.Line(firstChars.Count == 0
                    ? $"int {at} = {stop};"
                    : $"int {at} = {Rt}ArticleText.IndexOfAny(text, from, {stop}, {(firstUnits.Count <= 3 ? units : c.Unit.SetLiteral(firstUnits))});");
                foreach (var (alternative, isSeparator, isTail, _) in ordered)
                {
                    string test = alternative.AtEnd
                        ? $"{at} == {(alternative.Literal.Length == 0 ? "text.Length" : searched.First(a => a.Alternative == alternative).Name)}"
                        : isSeparator
                            ? $"{Rt}ArticleText.At(text, {at}, {c.Unit.Literal(alternative.Literal)})" // another item needs real text
                            : c.At(at, alternative.Literal);
                    using (w.Block($"if ({test})"))
                    {
                        w.Line($"{end} = {at};");
                        if (separatorFlag is not null && isSeparator)
                        {
                            w.Line($"{separatorFlag} = true;");
                        }

                        if (tailFlag is not null && isTail)
                        {
                            w.Line($"{tailFlag} = true;");
                        }

                        w.Line("break;");
                    }
                }

                w.Line();
                string lineEnded = oneLine ? $" || text[{at}] == {c.Unit.UnitLiteral('\n')}" : string.Empty;
                using (w.Block($"if ({at} >= {stop}{lineEnded})"))
                {
                    w.Line($"{failedAt} = {at};");
                    w.Line("break;");
                }

                w.Line();
                w.Line($"from = {at} + 1;");
            }

            w.Line();
        }

        private static void EmitRecordSpan(EmitContext c, string start, string end, string member)
        {
            var w = c.W;
            using (w.Block($"if (!tape.AddSpan({start}, {end} - {start}))"))
            {
                w.Line($"return error.Mismatch(offset + {start}, {EmitContext.Quote(member)}, {c.TypeLiteral});");
            }

            w.Line();
        }

        private static void EmitList(EmitContext c, LayoutNode node)
        {
            if (node.IsWrapped)
            {
                EmitWrappedList(c, node);
                return;
            }

            var w = c.W;
            string ends = EmitContext.DescribeEnds(node.Ends);
            string separator = Describe.Literal(node.Separator);
            w.Comment($"{node.Source}: {node.ListShape}, separated by {separator}"
                + (node.HasLead ? $", which comes before the first item too:\nwith no items, the list is absent together with that separator." : ".")
                + (node.Ends.Count > 0 ? $"\nThe list ends where {ends} follows (that wins over the separator where both match)." : string.Empty)
                + (node.Tail is null ? string.Empty : $"\nAn item followed by {EmitContext.DescribeEnds(node.TailEnds)} is not an item but {node.Tail}, read next: the list ends before it."));
            w.Line("{");
            using (Indent(w))
            {
                string slot = c.Fresh("slot");
                string count = c.Fresh("count");
                string listStart = c.Fresh("listStart");
                w.Line($"int {slot} = tape.Reserve();");
                w.Line($"int {count} = 0;");
                w.Line($"int {listStart} = pos;");
                using (w.Block("while (true)"))
                {
                    if (node.Ends.Count > 0)
                    {
                        string atFollower = string.Join(" || ", node.Ends.Select(e => e.AtEnd ? c.AtEnd("pos", e.Literal) : c.At("pos", e.Literal)));
                        using (w.Block($"if ({atFollower})"))
                        {
                            w.Line("break;");
                        }

                        w.Line();
                    }

                    string itemAt = c.Fresh("itemAt");
                    if (node.Tail is not null)
                    {
                        w.Line($"int {itemAt} = pos;");
                    }

                    w.Comment(node.HasLead ? $"Every item comes after {separator}." : $"Items after the first come after {separator}.");
                    using (w.Block($"if ({count} > 0)"))
                    {
                        w.Line($"pos += {c.Unit.Length(node.Separator)}; // the item before ended at it");
                    }

                    if (node.HasLead)
                    {
                        using (w.Block($"else if ({Rt}ArticleText.At(text, pos, {c.Unit.Literal(node.Separator)}))"))
                        {
                            w.Line($"pos += {c.Unit.Length(node.Separator)};");
                        }

                        using (w.Block("else"))
                        {
                            w.Line($"return error.Fail(offset + pos, {EmitContext.Quote(node.Ends.Count > 0 ? separator + " or " + ends : separator)}, {EmitContext.Quote(node.Member)}, {EmitContext.Quote("for " + node.Member)}, {c.TypeLiteral});");
                        }
                    }

                    w.Line();
                    string end = c.Fresh("end");
                    string failedAt = c.Fresh("failedAt");
                    string isTail = c.Fresh("isTail");
                    var alternatives = node.Ends.Select(e => (e, EndRole.Follower)).ToList();
                    alternatives.Add((new EndAlternative(node.Separator, false), EndRole.Separator));
                    alternatives.AddRange(node.TailEnds.Select(e => (e, EndRole.Tail)));
                    if (node.Tail is not null)
                    {
                        w.Line($"bool {isTail} = false;");
                    }

                    EmitFindEnd(c, alternatives, oneLine: node.OneLine, end, failedAt, separatorFlag: null, tailFlag: node.Tail is null ? null : isTail);
                    using (w.Block($"if ({end} < 0)"))
                    {
                        EmitLeftoverCheck(c, node.Ends, listStart, node.Member);

                        // Nothing ended the list before the end of the text: say so where the list starts, which is
                        // where a reader looks for what should have followed it.
                        w.Line($"return error.Fail(offset + {listStart}, {EmitContext.Quote(node.Ends.Count > 0 ? ends : EmitContext.DescribeEnds(node.TailEnds))}, {EmitContext.Quote(node.Member)}, {EmitContext.Quote("after the items of " + node.Member + " (they ran on to the end of the text)")}, {c.TypeLiteral});");
                    }

                    w.Line();
                    if (node.Tail is not null)
                    {
                        using (w.Block($"if ({isTail})"))
                        {
                            w.Line($"pos = {itemAt};");
                            w.Line("break;");
                        }

                        w.Line();
                    }

                    EmitRecordSpan(c, "pos", end, node.Member);
                    w.Line($"{count}++;");
                    w.Line($"pos = {end};");
                }

                w.Line();
                using (w.Block($"if (!tape.Set({slot}, {count}))"))
                {
                    w.Line($"return error.Mismatch(offset + pos, {EmitContext.Quote(node.Member)}, {c.TypeLiteral});");
                }
            }

            w.Line("}");
            w.Line();
        }

        /// <summary>A repeated part: an item each time its leader comes next, each read up to its trailer.</summary>
        private static void EmitWrappedList(EmitContext c, LayoutNode node)
        {
            var w = c.W;
            string leader = Describe.Literal(node.ItemLeader);
            w.Comment($"{node.Source}: {node.ListShape}.\nAn item is there when {leader} comes next" + (node.ItemTrailer.Length > 0 ? $"; it ends at {Describe.Literal(node.ItemTrailer)}." : $"; it ends where {EmitContext.DescribeEnds(node.Ends)} follows."));
            w.Line("{");
            using (Indent(w))
            {
                string slot = c.Fresh("slot");
                string count = c.Fresh("count");
                w.Line($"int {slot} = tape.Reserve();");
                w.Line($"int {count} = 0;");
                using (w.Block($"while ({Rt}ArticleText.At(text, pos, {c.Unit.Literal(node.ItemLeader)}))"))
                {
                    w.Line($"pos += {c.Unit.Length(node.ItemLeader)};");
                    string end = c.Fresh("end");
                    string failedAt = c.Fresh("failedAt");
                    EmitFindEnd(c, node.Ends.Select(e => (e, EndRole.Follower)).ToList(), node.OneLine, end, failedAt, separatorFlag: null, tailFlag: null);
                    using (w.Block($"if ({end} < 0)"))
                    {
                        string where = node.OneLine ? failedAt : $"{Rt}ArticleText.LineEnd(text, pos)";
                        w.Line($"return error.Fail(offset + {where}, {EmitContext.Quote(EmitContext.DescribeEnds(node.Ends))}, {EmitContext.Quote(node.Member)}, {EmitContext.Quote("after an item of " + node.Member)}, {c.TypeLiteral});");
                    }

                    w.Line();
                    EmitRecordSpan(c, "pos", end, node.Member);
                    w.Line($"{count}++;");
                    w.Line($"pos = {end} + {c.Unit.Length(node.ItemTrailer)};");
                }

                w.Line();
                using (w.Block($"if (!tape.Set({slot}, {count}))"))
                {
                    w.Line($"return error.Mismatch(offset + pos, {EmitContext.Quote(node.Member)}, {c.TypeLiteral});");
                }
            }

            w.Line("}");
            w.Line();
        }

        /// <summary>
        /// On the failure path only: where the last literal of the layout did occur but text follows it (two
        /// spaces after "(END)"), the error goes where that left-over text starts, not where the search began.
        /// </summary>
        private static void EmitLeftoverCheck(EmitContext c, EquatableArray<EndAlternative> ends, string from, string member)
        {
            foreach (EndAlternative end in ends)
            {
                string core = c.IsDocument ? end.Literal.TrimEnd('\n') : end.Literal;
                if (end.AtEnd && core.Length > 0)
                {
                    string leftover = c.Fresh("leftover");
                    c.W.Line($"int {leftover} = {Rt}ArticleText.EndOfLast(text, {from}, {c.Unit.Literal(core)});");
                    using (c.W.Block($"if ({leftover} >= 0)"))
                    {
                        c.W.Line($"return error.Fail(offset + {leftover}, \"the end of the text\", {EmitContext.Quote(member)}, {EmitContext.Quote("after " + Describe.Literal(core))}, {c.TypeLiteral});");
                    }

                    c.W.Line();
                    return;
                }
            }
        }

        /// <summary>What a match of one end alternative means to the search that found it.</summary>
        private enum EndRole
        {
            Follower,
            Separator,
            Tail,
        }

        private static string? EmitGroup(EmitContext c, LayoutNode node, string? previous)
        {
            var w = c.W;
            string firstMember = FirstMember(c, node) ?? "(optional part)";
            string absent = string.Concat(node.Ends.Select(e => " && !" + (e.AtEnd ? "(" + c.AtEnd("pos", e.Literal) + ")" : c.At("pos", e.Literal))));
            w.Comment($"{node.Source}: optional; present when the text goes on with {Describe.Literal(node.Leader)}"
                + (node.Ends.Count == 0 ? "." : $"\n(and not the longer {EmitContext.DescribeEnds(node.Ends)} that follows when it is absent)."));
            string? last = previous;
            // Padding alone never makes a group present: its leader must match some real text.
            string present = c.IsDocument ? $"pos < text.Length && {c.At("pos", node.Leader)}" : c.At("pos", node.Leader);
            using (w.Block($"if ({present}{absent})"))
            {
                using (w.Block("if (!tape.Add(1))"))
                {
                    w.Line($"return error.Mismatch(offset + pos, {EmitContext.Quote(firstMember)}, {c.TypeLiteral});");
                }

                w.Line();
                last = EmitSequence(c, node.Children, previous);
            }

            using (w.Block("else if (!tape.Add(0))"))
            {
                w.Line($"return error.Mismatch(offset + pos, {EmitContext.Quote(firstMember)}, {c.TypeLiteral});");
            }

            w.Line();
            return last;
        }

        internal static string? FirstMember(EmitContext c, LayoutNode group)
        {
            foreach (LayoutNode child in group.Children)
            {
                if (child.Kind is LayoutNodeKind.Capture or LayoutNodeKind.List)
                {
                    return child.Member;
                }

                if (child.Kind == LayoutNodeKind.Group && FirstMember(c, child) is { } nested)
                {
                    return nested;
                }
            }

            return null;
        }

        private static IndentScope Indent(SourceWriter w) => new IndentScope(w);
    }
}
