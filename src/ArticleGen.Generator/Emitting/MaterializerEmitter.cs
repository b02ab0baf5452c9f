using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// Writes <c>__Materialize</c>: reads the tape the scanner left and turns each recorded span into a member
    /// value. Lists are allocated at their final size because the scanner already counted their items.
    /// </summary>
    internal static class MaterializerEmitter
    {
        private const string Rt = EmitContext.Runtime;

        /// <summary>Writes the text materializer and, where UTF-8 is scanned as bytes, the one that decodes each value from its bytes.</summary>
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
            var model = c.Model;
            c.Unit = unit;
            string nullableAttribute = EmitContext.NotNullWhenTrue;
            w.Comment(unit.IsUtf8
                ? "<summary>Builds the record from the byte spans <see cref=\"__ScanUtf8\"/> recorded: each value is decoded from its own bytes (or, for ReadOnlyMemory&lt;byte&gt;, sliced from <paramref name=\"backing\"/>).</summary>"
                : "<summary>Builds the record from the spans <see cref=\"__Scan\"/> recorded.</summary>", "/// ");
            using (w.Block($"private static bool __Materialize{unit.Suffix}({unit.SpanType} text, {unit.MemoryType} backing, int offset, ref {Rt}ParseTape tape, ref {Rt}ParseError error, {nullableAttribute}out {model.FullName}? result)"))
            {
                w.Line("result = null;");
                foreach (MemberModel member in model.Members)
                {
                    // Every non-nullable member is assigned before the record is created; "!" says so to the compiler.
                    w.Line($"{LocalType(member)} {EmitContext.Local(member)} = default{(member.CanBeNull ? string.Empty : "!")};");
                }

                w.Line();
                EmitSequence(c, model.Nodes);
                w.Comment("Every part has been read: create the record.");
                EmitCreate(c);
                w.Line("return true;");
            }
        }

        private static string LocalType(MemberModel member)
        {
            if (member.IsList)
            {
                return member.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? member.TypeName : member.TypeName + (member.CanBeNull ? "?" : string.Empty);
            }

            return member.IsNullableValueType ? member.ValueTypeName + "?" : member.CanBeNull && !member.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? member.TypeName + "?" : member.TypeName;
        }

        private static void EmitSequence(EmitContext c, EquatableArray<LayoutNode> nodes)
        {
            var w = c.W;
            foreach (LayoutNode node in nodes)
            {
                switch (node.Kind)
                {
                    case LayoutNodeKind.Capture:
                        {
                            MemberModel member = c.Member(node);
                            w.Comment(node.Source);
                            w.Line("{");
                            using (new IndentScope(w))
                            {
                                w.Line("int start = tape.Read();");
                                w.Line("int length = tape.Read();");
                                ValueCode.EmitRead(c, member, node.Format, "start", "length", EmitContext.Local(member));
                            }

                            w.Line("}");
                            w.Line();
                            break;
                        }

                    case LayoutNodeKind.List:
                        EmitList(c, node);
                        break;
                    case LayoutNodeKind.Group:
                        w.Comment(node.Source + ": only when the scanner found it.");
                        using (w.Block("if (tape.Read() != 0)"))
                        {
                            EmitSequence(c, node.Children);
                        }

                        w.Line();
                        break;
                }
            }
        }

        private static void EmitList(EmitContext c, LayoutNode node)
        {
            var w = c.W;
            MemberModel member = c.Member(node);
            string element = member.ValueTypeName;
            string target = EmitContext.Local(member);
            w.Comment($"{node.Source}: the scanner counted the items, so the list is allocated once, at its final size.");
            w.Line("{");
            using (new IndentScope(w))
            {
                w.Line("int count = tape.Read();");
                string items;
                switch (member.Collection)
                {
                    case CollectionKind.List:
                        items = "items";
                        w.Line($"var items = new global::System.Collections.Generic.List<{element}>(count);");
                        break;
                    case CollectionKind.ImmutableArray:
                        items = "items";
                        w.Line($"var items = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{element}>(count);");
                        break;
                    default:
                        items = "items";
                        w.Line($"{element}[] items = count == 0 ? global::System.Array.Empty<{element}>() : new {element}[count];");
                        break;
                }

                using (w.Block("for (int i = 0; i < count; i++)"))
                {
                    w.Line("int start = tape.Read();");
                    w.Line("int length = tape.Read();");
                    w.Line($"{element} item;");
                    ValueCode.EmitRead(c, member, node.Format, "start", "length", "item");
                    w.Line(member.Collection is CollectionKind.List or CollectionKind.ImmutableArray ? $"{items}.Add(item);" : $"{items}[i] = item;");
                }

                w.Line();
                w.Line(member.Collection == CollectionKind.ImmutableArray ? $"{target} = {items}.MoveToImmutable();" : $"{target} = {items};");
            }

            w.Line("}");
            w.Line();
        }

        private static void EmitCreate(EmitContext c)
        {
            var w = c.W;
            var model = c.Model;
            string Value(MemberModel m) => EmitContext.Local(m);
            var arguments = model.Members.Where(m => m.ConstructorParameter is not null).Select(m => $"{EmitContext.Id(m.ConstructorParameter!)}: {Value(m)}").ToList();
            var initializers = model.Members.Where(m => m.ConstructorParameter is null).Select(m => $"{EmitContext.Id(m.Name)} = {Value(m)},").ToList();
            if (initializers.Count == 0)
            {
                w.Line($"result = new {model.FullName}({string.Join(", ", arguments)});");
                return;
            }

            w.Line($"result = new {model.FullName}({string.Join(", ", arguments)})");
            w.Line("{");
            foreach (string initializer in initializers)
            {
                w.Line("    " + initializer);
            }

            w.Line("};");
        }
    }
}
