using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// Writes <c>__TryWriteArticle</c>: the layout written out with the record's values, recording on a tape
    /// where each value went. Each value is checked as it is written (<see cref="ValueCheckPlan"/>: one
    /// vectorized search for what could end or split it); where a check cannot decide, the output is scanned
    /// with the same <c>__Scan</c> a parser uses: if it would split differently, a value holds text that the
    /// layout uses to end it, and Format throws instead of writing text that reads back as something else.
    /// </summary>
    internal static class FormatterEmitter
    {
        private const string Rt = EmitContext.Runtime;

        public static void Emit(EmitContext c)
        {
            ValueCheckPlan plan = ValueCheckPlan.Build(c.Model);
            EmitValueChecks(c, plan);
            EmitTryWrite(c, plan, CodeUnit.Char);
            if (c.ScansUtf8)
            {
                // The same writer for UTF-8: literals as u8 bytes, each text value encoded as it is appended, the
                // read-back (where needed) with the byte scanner. Its tape holds byte offsets, as that scanner's does.
                EmitTryWrite(c, plan, CodeUnit.Utf8);
            }

            EmitEstimate(c);
            c.W.Line();
            EmitExactLength(c);
        }

        /// <summary><c>__TryWriteArticle</c> (chars) or <c>__TryWriteArticleUtf8</c> (bytes), and the <c>__ReadsBack</c> it calls.</summary>
        private static void EmitTryWrite(EmitContext c, ValueCheckPlan plan, CodeUnit unit)
        {
            var w = c.W;
            c.Unit = unit;
            string count = unit.WrittenName;
            string span = unit.DestinationType;
            w.Comment(unit.IsUtf8
                ? "<summary>\nWrites the canonical text as UTF-8 into <paramref name=\"destination\"/>; false when it does not fit, with\n<paramref name=\"bytesWritten\"/> -1 when a value holds a lone surrogate (no UTF-8 form: the caller says what is wrong).\nThrows <see cref=\"global::System.ArgumentException\"/> for a value that would not read back the same.\n<paramref name=\"topLevel\"/> is false when a nested layout writes its part of an enclosing text.\n</summary>"
                : "<summary>\nWrites the canonical text into <paramref name=\"destination\"/>; false when it does not fit.\nThrows <see cref=\"global::System.ArgumentException\"/> for a value that would not read back the same.\n<paramref name=\"topLevel\"/> is false when a nested layout writes its part of an enclosing text.\n</summary>", "/// ");
            w.Line(EmitContext.EditorBrowsableNever);
            using (w.Block($"public bool __TryWriteArticle{unit.Suffix}({span} destination, out int {count}, bool topLevel)"))
            {
                w.Line($"var writer = new {Rt}{unit.WriterType}(destination);");
                w.Line($"global::System.Span<int> tapeStorage = stackalloc int[{TapeSize(c.Model)}];");
                w.Line($"var tape = new {Rt}ParseTape(tapeStorage);");
                w.Line($"global::System.Span<int> checkStorage = stackalloc int[{PendingSize}];");
                w.Line($"var checks = new {Rt}FormatChecks(checkStorage);");
                w.Line("int padding = 0;");
                string overflowed = unit.IsUtf8 ? $"{count} = writer.Invalid ? -1 : 0;" : $"{count} = 0;";
                using (w.Block("try"))
                {
                    EmitSequence(c, plan, c.Model.Nodes);
                    using (w.Block("if (writer.Overflowed)"))
                    {
                        w.Line(overflowed);
                        w.Line("return false;");
                    }

                    w.Line();
                    w.Line($"{unit.SpanType} written = writer.Written;");
                    w.Line($"var error = default({Rt}ParseError);");
                    if (c.IsDocument)
                    {
                        w.Comment("A document ends with exactly one line break (a reader takes more as padding), unless its last\nvalue ends with a CR, which a line break would turn into a CRLF.");
                        using (w.Block($"if (topLevel && (written.Length == 0 || written[written.Length - 1] != {unit.UnitLiteral('\r')}))"))
                        {
                            w.Line($"writer.Write({unit.Literal("\n")});");
                            w.Line("padding = 1;");
                            using (w.Block("if (writer.Overflowed)"))
                            {
                                w.Line($"{count} = 0;");
                                w.Line("return false;");
                            }

                            w.Line();
                            w.Line("written = writer.Written;");
                        }

                        w.Line();
                    }

                    w.Comment("Each value was checked as it was written (see __valueChecks). Only where a check could not decide\n(an empty value, a line break in it, a literal that could end it starting inside it) is the whole\noutput read back (below)" + (c.IsDocument
                        ? ": it must split exactly where the values were written."
                        : " as a reader would (at the top level, without line breaks at the very end): it must split\nexactly where the values were written."));
                    string readBack = c.IsDocument ? "written" : $"topLevel ? {Rt}ArticleText.WithoutPadding(written) : written";
                    w.Line($"bool known = checks.ReadBack(written, __valueChecks) && {Rt}ArticleText.WithoutPadding(written).Length == written.Length - padding;");
                    bool literalsHoldCr = Literals(c.Model.Nodes, all: true).Any(l => l.IndexOf('\r') >= 0);
                    w.Line();
                    w.Comment(literalsHoldCr
                        ? "What a reader does to the whole text (CRLF to LF, a leading BOM skipped) must not change it."
                        : "What a reader does to the whole text (CRLF to LF, a leading BOM skipped) must not change it. Where every\nvalue passed its check, none holds a CR (nor does any literal), so only the first character is left to look at.");
                    using (w.Block("if (topLevel)"))
                    {
                        w.Line(literalsHoldCr
                            ? $"{Rt}ArticleOutput.CheckNormalizationSafe(written, {c.TypeLiteral});"
                            : $"{Rt}ArticleOutput.CheckNormalizationSafe(written, {c.TypeLiteral}, mayHoldCr: !known);");
                    }

                    w.Line();
                    using (w.Block($"if (!known && !__ReadsBack{unit.Suffix}({readBack}, tape.Written, ref error))"))
                    {
                        w.Line($"throw {Rt}ArticleOutput.Unreadable({c.TypeLiteral}, ref error, written);");
                    }

                    w.Line();
                    w.Line($"{count} = written.Length;");
                    w.Line("return true;");
                }

                using (w.Block("finally"))
                {
                    w.Line("tape.Dispose();");
                }
            }

            w.Line();
            w.Comment("<summary>Whether <paramref name=\"text\"/> scans into exactly the spans on <paramref name=\"tape\"/>.</summary>", "/// ");
            using (w.Block($"private static bool __ReadsBack{unit.Suffix}({unit.SpanType} text, global::System.ReadOnlySpan<int> tape, ref {Rt}ParseError error)"))
            {
                w.Line(c.IsDocument
                    ? $"var check = {Rt}ParseTape.ForVerification(tape, paddingStart: {Rt}ArticleText.WithoutPadding(text).Length);"
                    : $"var check = {Rt}ParseTape.ForVerification(tape, paddingStart: text.Length);");
                w.Line($"return __Scan{unit.Suffix}(text, 0, ref check, ref error) && check.IsComplete;");
            }

            w.Line();
            c.Unit = CodeUnit.Char;
        }

        /// <summary>
        /// <c>__ExactLength</c>: the length of the text before it is written, so that Format can write it straight
        /// into the string. -1 where a value's length is known only once written (a number, a BCL format), where a
        /// value is null (the writer throws the right exception), for a list behind an interface (its enumerator
        /// would allocate) and for CRLF layouts. Only an optimization: Format checks the written length against it.
        /// </summary>
        private static void EmitExactLength(EmitContext c)
        {
            var w = c.W;
            w.Comment("<summary>The exact length of the text, or -1 when it is known only once written (then Format writes into a pooled buffer first).</summary>", "/// ");
            w.Line(EmitContext.EditorBrowsableNever);
            bool computable = !c.Model.WritesCrLf && c.Model.Members.All(m => ValueCode.ExactLength(m, FormatOf(c.Model.Nodes, m.Name), "x") is not null && m.Collection != CollectionKind.EnumerableInterface);
            if (!computable)
            {
                w.Line("public int __ExactLength(bool topLevel) => -1;");
                return;
            }

            using (w.Block("public int __ExactLength(bool topLevel)"))
            {
                w.Line("int length = 0;");
                EmitLengthOf(c, c.Model.Nodes, knownPresent: null);
                if (c.IsDocument)
                {
                    w.Comment("The final line break (Format leaves it out after a CR, and then the lengths differ).");
                    w.Line("length += topLevel ? 1 : 0;");
                }

                w.Line("return length;");
            }
        }

        private static string? FormatOf(EquatableArray<LayoutNode> nodes, string member)
        {
            foreach (LayoutNode node in nodes)
            {
                if (node.Kind is LayoutNodeKind.Capture or LayoutNodeKind.List && node.Member == member)
                {
                    return node.Format;
                }

                if (node.Kind == LayoutNodeKind.Group && FormatOf(node.Children, member) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        private static void EmitLengthOf(EmitContext c, EquatableArray<LayoutNode> nodes, MemberModel? knownPresent)
        {
            var w = c.W;
            int literals = nodes.Where(n => n.Kind == LayoutNodeKind.Literal).Sum(n => n.Text.Length);
            if (literals > 0)
            {
                w.Line($"length += {literals}; // the literals");
            }

            foreach (LayoutNode node in nodes)
            {
                switch (node.Kind)
                {
                    case LayoutNodeKind.Capture:
                        {
                            MemberModel member = c.Member(node);
                            if (member != knownPresent && (member.CanBeNull || member.Kind is ValueKind.String or ValueKind.Nested) && !member.IsNullableValueType)
                            {
                                w.Line($"if ({Access(member)} is null) {{ return -1; }}");
                            }

                            EmitAddLength(c, ValueCode.ExactLength(member, node.Format, NonNull(member))!, member.Kind == ValueKind.Nested);
                            break;
                        }

                    case LayoutNodeKind.List:
                        {
                            MemberModel member = c.Member(node);
                            string guard = member.Collection == CollectionKind.ImmutableArray ? $"{Access(member)}.IsDefault" : $"{Access(member)} is null";
                            w.Line($"if ({guard}) {{ return -1; }}");
                            string list = c.Fresh("list");
                            w.Line($"var {list} = {NonNull(member)};");
                            string count = member.Collection is CollectionKind.Array or CollectionKind.ImmutableArray ? $"{list}.Length" : $"{list}.Count";
                            int perItem = node.IsWrapped ? node.ItemLeader.Length + node.ItemTrailer.Length : node.Separator.Length;
                            using (w.Block($"for (int i = 0; i < {count}; i++)"))
                            {
                                string item = c.Fresh("item");
                                w.Line($"var {item} = {list}[i];");
                                if (member.Kind is ValueKind.String or ValueKind.Nested)
                                {
                                    w.Line($"if ({item} is null) {{ return -1; }}");
                                }

                                EmitAddLength(c, ValueCode.ExactLength(member, node.Format, item)!, member.Kind == ValueKind.Nested);
                            }

                            if (perItem > 0)
                            {
                                // Without a lead, the separator stands between items only.
                                w.Line(node.IsWrapped || node.HasLead
                                    ? $"length += {perItem} * {count};"
                                    : $"length += {count} > 0 ? {perItem} * ({count} - 1) : 0;");
                            }

                            break;
                        }

                    case LayoutNodeKind.Group:
                        {
                            var all = AllMembers(c, node).ToList();
                            w.Comment($"{node.Source}: written when its members have values.");
                            using (w.Block($"if ({string.Join(" || ", all.Select(m => Access(m) + " is not null"))})"))
                            {
                                EmitLengthOf(c, node.Children, all.Count == 1 ? all[0] : null);
                            }

                            break;
                        }
                }
            }
        }

        private static void EmitAddLength(EmitContext c, string expression, bool nested)
        {
            if (!nested)
            {
                c.W.Line($"length += {expression};");
                return;
            }

            string n = c.Fresh("nested");
            c.W.Line($"int {n} = {expression};");
            c.W.Line($"if ({n} < 0) {{ return -1; }}");
            c.W.Line($"length += {n};");
        }

        /// <summary>Room for the values whose check waits for the text after them (three ints each); more go to the re-scan.</summary>
        private const int PendingSize = 48;

        /// <summary>The static checks, one per capture and list, in layout order, each with the layout text it is for.</summary>
        private static void EmitValueChecks(EmitContext c, ValueCheckPlan plan)
        {
            var w = c.W;
            w.Comment("<summary>\nFor each value, what it must not hold for the formatter to know it reads back as written: the\ncharacters where it could end or split, the literals that end it, the characters it must not start with.\n</summary>", "/// ");
            if (plan.Checks.Count == 0)
            {
                w.Line($"private static readonly {Rt}ValueCheck[] __valueChecks = global::System.Array.Empty<{Rt}ValueCheck>();");
                w.Line();
                return;
            }

            w.Line($"private static readonly {Rt}ValueCheck[] __valueChecks =");
            w.Line("{");
            using (new IndentScope(w))
            {
                for (int i = 0; i < plan.Checks.Count; i++)
                {
                    ValueCheckPlan.Check check = plan.Checks[i];
                    w.Comment($"{i}: {check.Source}" + (check.Undecidable ? " (read with look-ahead: the re-scan decides)" : string.Empty));
                    w.Line(check.Undecidable
                        ? $"{Rt}ValueCheck.Undecidable,"
                        : $"new {Rt}ValueCheck({EmitContext.Quote(check.Stops)}, {(check.Ends.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", check.Ends.Select(EmitContext.Quote)) + " }")}, {EmitContext.Quote(check.Leading)}),");
                }
            }

            w.Line("};");
            w.Line();
        }

        /// <summary>Stack room for the tape of a layout without lists; layouts with lists start there and grow into the pool.</summary>
        public static int TapeSize(ArticleTypeModel model)
        {
            int Count(EquatableArray<LayoutNode> nodes) => nodes.Sum(n => n.Kind switch
            {
                LayoutNodeKind.Capture => 2,
                LayoutNodeKind.List => 1 + 32,
                LayoutNodeKind.Group => 1 + Count(n.Children),
                _ => 0,
            });
            return System.Math.Max(4, System.Math.Min(256, Count(model.Nodes)));
        }

        private static string Access(MemberModel member) => "this." + EmitContext.Id(member.Name);

        /// <summary>The value known not to be null (inside a present group, or after the null check).</summary>
        private static string NonNull(MemberModel member)
            => member.IsNullableValueType ? Access(member) + ".GetValueOrDefault()" : member.CanBeNull ? Access(member) + "!" : Access(member);

        private static void EmitSequence(EmitContext c, ValueCheckPlan plan, EquatableArray<LayoutNode> nodes)
        {
            var w = c.W;
            foreach (LayoutNode node in nodes)
            {
                switch (node.Kind)
                {
                    case LayoutNodeKind.Literal:
                        w.Line($"writer.Write({c.Unit.Literal(node.Text)});");
                        break;
                    case LayoutNodeKind.Capture:
                        {
                            MemberModel member = c.Member(node);
                            w.Comment(node.Source);
                            w.Line("{");
                            using (new IndentScope(w))
                            {
                                EmitNullCheck(c, member);
                                ValueCode.EmitWrite(c, member, node.Format, NonNull(member), plan.IndexOf(node));
                            }

                            w.Line("}");
                            w.Line();
                            break;
                        }

                    case LayoutNodeKind.List:
                        EmitList(c, plan, node);
                        break;
                    case LayoutNodeKind.Group:
                        EmitGroup(c, plan, node);
                        break;
                }
            }
        }

        /// <summary>Members outside optional groups are always written, so null is refused with a clear message.</summary>
        private static void EmitNullCheck(EmitContext c, MemberModel member)
        {
            if (member.InGroup)
            {
                return;
            }

            string message = c.Model.Name + "." + member.Name + " is null; the layout always writes it.";
            string condition;
            if (member.Collection == CollectionKind.ImmutableArray)
            {
                condition = $"{Access(member)}.IsDefault";
                message = c.Model.Name + "." + member.Name + " is a default ImmutableArray; the layout always writes it (use ImmutableArray<T>.Empty for no items).";
            }
            else if (member.IsList || member.CanBeNull || member.Kind is ValueKind.String or ValueKind.Nested)
            {
                condition = $"{Access(member)} is null";
            }
            else
            {
                return;
            }

            using (c.W.Block($"if ({condition})"))
            {
                c.W.Line($"throw new global::System.ArgumentNullException({EmitContext.Quote(member.Name)}, {EmitContext.Quote(message)});");
            }

            c.W.Line();
        }

        private static void EmitList(EmitContext c, ValueCheckPlan plan, LayoutNode node)
        {
            var w = c.W;
            MemberModel member = c.Member(node);
            w.Comment(node.IsWrapped ? $"{node.Source}: {node.ListShape}." : $"{node.Source}: {node.ListShape}, separated by {Describe.Literal(node.Separator)}.");
            w.Line("{");
            using (new IndentScope(w))
            {
                EmitNullCheck(c, member);
                string list = c.Fresh("list");
                string slot = c.Fresh("slot");
                string count = c.Fresh("count");
                w.Line($"var {list} = {NonNull(member)};");
                w.Line($"int {slot} = tape.Reserve();");
                w.Line($"int {count} = 0;");
                string item = c.Fresh("item");
                string header = member.Collection switch
                {
                    CollectionKind.EnumerableInterface => $"foreach (var {item} in {list})",
                    CollectionKind.Array or CollectionKind.ImmutableArray => $"for (int i = 0; i < {list}.Length; i++)",
                    _ => $"for (int i = 0; i < {list}.Count; i++)",
                };
                using (w.Block(header))
                {
                    if (member.Collection != CollectionKind.EnumerableInterface)
                    {
                        w.Line($"var {item} = {list}[i];");
                    }

                    if (node.IsWrapped)
                    {
                        w.Line($"writer.Write({c.Unit.Literal(node.ItemLeader)});");
                    }
                    else if (node.HasLead)
                    {
                        w.Line($"writer.Write({c.Unit.Literal(node.Separator)}); // before every item, the first too");
                    }
                    else
                    {
                        using (w.Block($"if ({count} > 0)"))
                        {
                            w.Line($"writer.Write({c.Unit.Literal(node.Separator)});");
                        }
                    }

                    w.Line();
                    if (member.Kind is ValueKind.String or ValueKind.Nested)
                    {
                        using (w.Block($"if ({item} is null)"))
                        {
                            w.Line($"throw new global::System.ArgumentNullException({EmitContext.Quote(member.Name)}, {EmitContext.Quote(c.Model.Name + "." + member.Name + " holds a null item.")});");
                        }

                        w.Line();
                    }

                    ValueCode.EmitWrite(c, member, node.Format, item, plan.IndexOf(node));
                    if (node.ItemTrailer.Length > 0)
                    {
                        w.Line($"writer.Write({c.Unit.Literal(node.ItemTrailer)});");
                    }

                    w.Line($"{count}++;");
                }

                w.Line();
                w.Line($"tape.Set({slot}, {count});");
                using (w.Block($"if ({count} == 0)"))
                {
                    w.Line("checks.Undecide(); // what follows an empty list is left to the re-scan");
                }
            }

            w.Line("}");
            w.Line();
        }

        private static IEnumerable<MemberModel> DirectMembers(EmitContext c, LayoutNode group)
            => group.Children.Where(n => n.Kind is LayoutNodeKind.Capture or LayoutNodeKind.List).Select(c.Member);

        private static IEnumerable<MemberModel> AllMembers(EmitContext c, LayoutNode group)
            => group.Children.SelectMany(n => n.Kind == LayoutNodeKind.Group ? AllMembers(c, n) : n.Kind is LayoutNodeKind.Capture or LayoutNodeKind.List ? new[] { c.Member(n) } : Enumerable.Empty<MemberModel>());

        private static void EmitGroup(EmitContext c, ValueCheckPlan plan, LayoutNode node)
        {
            var w = c.W;
            string present = c.Fresh("present");
            var all = AllMembers(c, node).ToList();
            var direct = DirectMembers(c, node).ToList();
            w.Comment($"{node.Source}: optional; written when its members have values.");
            w.Line($"bool {present} = {string.Join(" || ", all.Select(m => Access(m) + " is not null"))};");
            if (all.Count > 1)
            {
                foreach (MemberModel member in direct)
                {
                    string others = string.Join(", ", all.Where(m => m != member).Select(m => m.Name));
                    using (w.Block($"if ({present} && {Access(member)} is null)"))
                    {
                        w.Line($"throw {Rt}ArticleOutput.Unreadable({c.TypeLiteral}, {EmitContext.Quote(member.Name)}, {EmitContext.Quote("it is null while the optional part holding it is written (" + others + " has a value); an optional part is written whole or not at all.")});");
                    }
                }
            }

            w.Line($"tape.Add({present} ? 1 : 0);");
            using (w.Block($"if ({present})"))
            {
                EmitSequence(c, plan, node.Children);
            }

            w.Line();
        }

        private static void EmitEstimate(EmitContext c)
        {
            var w = c.W;
            w.Comment("<summary>A quick guess of the text's length, to size the first buffer.</summary>", "/// ");
            w.Line(EmitContext.EditorBrowsableNever);
            using (w.Block("public int __EstimateLength()"))
            {
                int literals = Literals(c.Model.Nodes) + 1;
                w.Line($"int length = {literals};");
                foreach (MemberModel member in c.Model.Members)
                {
                    string value = NonNull(member);
                    if (member.IsList)
                    {
                        string guard = member.Collection == CollectionKind.ImmutableArray ? $"!{Access(member)}.IsDefault" : $"{Access(member)} is not null";
                        string itemLength = member.Kind is ValueKind.String or ValueKind.Nested ? "(item is null ? 0 : " + ValueCode.Estimate(member, "item") + ")" : ValueCode.Estimate(member, "item");

                        // Index loops: a foreach over an interface would allocate an enumerator.
                        string loop = member.Collection switch
                        {
                            CollectionKind.EnumerableInterface => $"foreach (var item in {value}) {{ length += {itemLength} + 8; }}",
                            CollectionKind.Array or CollectionKind.ImmutableArray => $"var list = {value}; for (int i = 0; i < list.Length; i++) {{ var item = list[i]; length += {itemLength} + 8; }}",
                            _ => $"var list = {value}; for (int i = 0; i < list.Count; i++) {{ var item = list[i]; length += {itemLength} + 8; }}",
                        };
                        w.Line($"if ({guard}) {{ {loop} }}");
                    }
                    else if (member.Kind is ValueKind.String or ValueKind.Nested || member.CanBeNull)
                    {
                        w.Line($"if ({Access(member)} is not null) {{ length += {ValueCode.Estimate(member, NonNull(member))}; }}");
                    }
                    else
                    {
                        w.Line($"length += {ValueCode.Estimate(member, value)};");
                    }
                }

                w.Line("return length;");
            }
        }

        /// <summary>Every literal text the formatter can write: literals, separators, item leaders and trailers.</summary>
        private static IEnumerable<string> Literals(EquatableArray<LayoutNode> nodes, bool all)
            => nodes.SelectMany(n => new[] { n.Kind == LayoutNodeKind.Literal ? n.Text : string.Empty, n.Separator, n.ItemLeader, n.ItemTrailer }.Concat(Literals(n.Children, all)));

        private static int Literals(EquatableArray<LayoutNode> nodes)
            => nodes.Sum(n => n.Kind == LayoutNodeKind.Literal ? n.Text.Length : n.Kind == LayoutNodeKind.Group ? Literals(n.Children) : 0);
    }
}
