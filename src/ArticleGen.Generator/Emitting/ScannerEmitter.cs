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

        public static void Emit(EmitContext c)
        {
            var w = c.W;
            w.Comment("<summary>\nFinds where each part of the layout is in <paramref name=\"text\"/> and records it on <paramref name=\"tape\"/>.\nWhen the tape is verifying, checks that the text splits exactly as recorded instead.\n</summary>", "/// ");
            using (w.Block($"private static bool __Scan({EmitContext.ReadOnlySpanOfChar} text, int offset, ref {Rt}ParseTape tape, ref {Rt}ParseError error)"))
            {
                w.Line("int pos = 0;");
                w.Line();
                string? previous = EmitSequence(c, c.Model.Nodes, null);
                w.Comment(c.IsDocument ? "The end of the text; a final line break is optional." : "The end of the text.");
                using (w.Block($"if (!{Rt}ArticleText.IsEnd(text, pos, document: {c.DocumentLiteral}))"))
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
            using (w.Block($"if (!{Rt}ArticleText.At(text, pos, {EmitContext.Quote(node.Text)}))"))
            {
                w.Line($"return error.Fail(offset + pos, {EmitContext.Quote(Describe.Literal(node.Text))}, {Nullable(previous)}, {EmitContext.Quote(After(previous))}, {c.TypeLiteral});");
            }

            w.Line();
            w.Line($"pos += {node.Text.Length};");
            w.Line();
        }

        private static void EmitCapture(EmitContext c, LayoutNode node)
        {
            var w = c.W;
            string ends = EmitContext.DescribeEnds(node.Ends);
            w.Comment($"{node.Source}: {EmitContext.DescribeCaptureEnd(node)}.");
            w.Line("{");
            using (Indent(w))
            {
                string limit = c.Fresh("limit");
                string end = c.Fresh("end");
                w.Line(node.OneLine ? $"int {limit} = {Rt}ArticleText.LineEnd(text, pos);" : $"int {limit} = text.Length;");
                w.Line($"int {end} = -1;");
                EmitFindEnd(c, node.Ends, end, limit, last: null);
                using (w.Block($"if ({end} < 0)"))
                {
                    // Reported where the capture's first line ends: where a reader looks for what should follow.
                    string where = node.OneLine ? limit : $"{Rt}ArticleText.LineEnd(text, pos)";
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
        /// Finds the first place where one of <paramref name="ends"/> matches. The searches go from the lowest
        /// precedence to the highest, each bounded by the best place found so far, so that a tie goes to the
        /// higher precedence and no search ever runs past text that an earlier one already ruled out.
        /// </summary>
        private static void EmitFindEnd(EmitContext c, EquatableArray<EndAlternative> ends, string end, string limit, string? last)
        {
            var w = c.W;
            foreach (EndAlternative alternative in ends.Reverse())
            {
                string found = c.Fresh("found");
                string literal = EmitContext.Quote(alternative.Literal);
                string bound = $"{end} < 0 ? {limit} : {end}";
                if (alternative.AtEnd)
                {
                    w.Line($"int {found} = {Rt}ArticleText.IndexOfAtEnd(text, pos, {literal}, document: {c.DocumentLiteral});");
                    w.Line($"if ({found} >= 0 && {found} <= ({bound}))");
                }
                else
                {
                    w.Line($"int {found} = {Rt}ArticleText.IndexOf(text, pos, {bound}, {literal});");
                    w.Line($"if ({found} >= 0)");
                }

                w.Line("{");
                w.Line($"    {end} = {found};");
                if (last is not null)
                {
                    w.Line($"    {last} = true;");
                }

                w.Line("}");
                w.Line();
            }
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
            var w = c.W;
            string ends = EmitContext.DescribeEnds(node.Ends);
            w.Comment($"{node.Source}: {node.ListShape}, separated by {Describe.Literal(node.Separator)}.\nThe list ends where {ends} follows (that wins over the separator where both match).");
            w.Line("{");
            using (Indent(w))
            {
                string slot = c.Fresh("slot");
                string count = c.Fresh("count");
                w.Line($"int {slot} = tape.Reserve();");
                w.Line($"int {count} = 0;");
                string atFollower = string.Join(" || ", node.Ends.Select(e => e.AtEnd
                    ? $"{Rt}ArticleText.IndexOfAtEnd(text, pos, {EmitContext.Quote(e.Literal)}, document: {c.DocumentLiteral}) == pos"
                    : $"{Rt}ArticleText.At(text, pos, {EmitContext.Quote(e.Literal)})"));
                w.Comment("No items at all when what follows the list comes right away.");
                using (w.Block($"if (!({atFollower}))"))
                {
                    using (w.Block("while (true)"))
                    {
                        string end = c.Fresh("end");
                        string last = c.Fresh("last");
                        w.Comment("The separator is searched first: it is the nearest, and it bounds every other search.");
                        w.Line($"int {end} = {Rt}ArticleText.IndexOf(text, pos, text.Length, {EmitContext.Quote(node.Separator)});");
                        w.Line($"bool {last} = false;");
                        EmitFindEnd(c, node.Ends, end, "text.Length", last);
                        using (w.Block($"if ({end} < 0)"))
                        {
                            w.Line($"return error.Fail(offset + {Rt}ArticleText.LineEnd(text, pos), {EmitContext.Quote(Describe.Literal(node.Separator) + " or " + ends)}, {EmitContext.Quote(node.Member)}, {EmitContext.Quote("after an item of " + node.Member)}, {c.TypeLiteral});");
                        }

                        w.Line();
                        EmitRecordSpan(c, "pos", end, node.Member);
                        w.Line($"{count}++;");
                        w.Line($"pos = {end};");
                        using (w.Block($"if ({last})"))
                        {
                            w.Line("break;");
                        }

                        w.Line();
                        w.Line($"pos += {node.Separator.Length};");
                    }
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

        private static string? EmitGroup(EmitContext c, LayoutNode node, string? previous)
        {
            var w = c.W;
            string firstMember = FirstMember(c, node) ?? "(optional part)";
            string absent = string.Concat(node.Ends.Select(e => e.AtEnd
                ? $" && {Rt}ArticleText.IndexOfAtEnd(text, pos, {EmitContext.Quote(e.Literal)}, document: {c.DocumentLiteral}) != pos"
                : $" && !{Rt}ArticleText.At(text, pos, {EmitContext.Quote(e.Literal)})"));
            w.Comment($"{node.Source}: optional; present when the text goes on with {Describe.Literal(node.Leader)}"
                + (node.Ends.Count == 0 ? "." : $"\n(and not the longer {EmitContext.DescribeEnds(node.Ends)} that follows when it is absent)."));
            string? last = previous;
            using (w.Block($"if ({Rt}ArticleText.At(text, pos, {EmitContext.Quote(node.Leader)}){absent})"))
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
