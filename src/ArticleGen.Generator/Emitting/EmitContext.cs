using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>What every part of the emitter needs: the model, fully qualified names, and fresh local names.</summary>
    internal sealed class EmitContext
    {
        public const string Runtime = "global::ArticleGen.Runtime.";
        public const string ReadOnlySpanOfChar = "global::System.ReadOnlySpan<char>";
        public const string SpanOfChar = "global::System.Span<char>";
        public const string ReadOnlyMemoryOfChar = "global::System.ReadOnlyMemory<char>";
        /// <summary>On a Try method's out parameter; supplied by <see cref="PolyfillEmitter"/> where the target lacks it.</summary>
        public const string NotNullWhenTrue = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
        public const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        private int _next;

        public EmitContext(ArticleTypeModel model, SourceWriter writer)
        {
            Model = model;
            W = writer;
            ScansUtf8 = model.ScansUtf8 && CodeUnit.CanEncode(Literals(model.Nodes));
        }

        /// <summary>
        /// Whether UTF-8 input gets a scanner of its own that reads the bytes where they lie (C# 11 and .NET 8, and
        /// every literal has a UTF-8 form); else UTF-8 is decoded and read by the text scanner.
        /// </summary>
        public bool ScansUtf8 { get; }

        /// <summary>The code unit the scanner or materializer being written reads; the char one unless set.</summary>
        public CodeUnit Unit { get; set; } = CodeUnit.Char;

        private static System.Collections.Generic.IEnumerable<string> Literals(EquatableArray<LayoutNode> nodes)
        {
            foreach (LayoutNode node in nodes)
            {
                yield return node.Text;
                yield return node.Separator;
                yield return node.ItemLeader;
                yield return node.ItemTrailer;
                foreach (EndAlternative end in node.Ends)
                {
                    yield return end.Literal;
                }

                foreach (EndAlternative end in node.TailEnds)
                {
                    yield return end.Literal;
                }

                foreach (string literal in Literals(node.Children))
                {
                    yield return literal;
                }
            }
        }

        public ArticleTypeModel Model { get; }

        public SourceWriter W { get; }

        /// <summary>The record's name as a C# string literal, for messages.</summary>
        public string TypeLiteral => Describe.Quote(Model.Name);

        public bool IsDocument => Model.IsDocument;

        public string DocumentLiteral => Model.IsDocument ? "true" : "false";

        /// <summary>
        /// The test that <paramref name="literal"/> stands at <paramref name="position"/>. In a document, line breaks
        /// the literal would need past the end of the text are the padding the scanner cut off, and count as there.
        /// </summary>
        public string At(string position, string literal)
            => (MayEndInPadding(literal) ? Runtime + "ArticleText.AtOrPadding(text, " : Runtime + "ArticleText.At(text, ") + position + ", " + Unit.Literal(literal) + ")";

        /// <summary>Whether part of <paramref name="literal"/> can lie in a document's padding: only its final line breaks can.</summary>
        public bool MayEndInPadding(string literal) => IsDocument && literal.EndsWith("\n", System.StringComparison.Ordinal);

        /// <summary>
        /// The test that <paramref name="literal"/> stands at <paramref name="position"/> and only the end of the text
        /// follows it. The end of the text alone (an empty literal) is a comparison, not a call.
        /// </summary>
        public string AtEnd(string position, string literal)
            => literal.Length == 0
                ? $"{position} == text.Length"
                : $"{Runtime}ArticleText.IndexOfAtEnd(text, {position}, {Unit.Literal(literal)}, document: {DocumentLiteral}) == {position}";

        /// <summary>A local name not used before in this file: <c>end3</c>, <c>slot4</c>.</summary>
        public string Fresh(string stem) => stem + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public MemberModel Member(LayoutNode node) => Model.Members[node.MemberIndex];

        public static string Quote(string text) => Describe.Quote(text);

        /// <summary>A name as C# source: a keyword used as a name (<c>@event</c>) gets its '@' back.</summary>
        public static string Id(string name)
            => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

        /// <summary>The local holding a member's value in the materializer.</summary>
        public static string Local(MemberModel member) => char.ToLowerInvariant(member.Name[0]) + member.Name.Substring(1) + "Value";

        /// <summary>The name of a value's type for messages: <c>DateOnly</c>, <c>Int32</c>.</summary>
        public static string ShortTypeName(MemberModel member)
        {
            string name = member.ValueTypeName;
            int generic = name.IndexOf('<');
            int lastDot = (generic < 0 ? name : name.Substring(0, generic)).LastIndexOf('.');
            name = lastDot >= 0 ? name.Substring(lastDot + 1) : name;
            return name.StartsWith("global::", System.StringComparison.Ordinal) ? name.Substring(8) : name;
        }

        /// <summary>How a capture ends, in words, for comments and docs.</summary>
        public static string DescribeCaptureEnd(LayoutNode node)
        {
            string ends = DescribeEnds(node.Ends);
            if (node.OneLine)
            {
                return "stays on its line, ending where " + ends + " first follows";
            }

            // A plain line break ends it at the first line break: in effect, the rest of the line.
            return System.Linq.Enumerable.Any(node.Ends, e => !e.AtEnd && e.Literal == "\n")
                ? "takes the rest of its line"
                : "runs, across lines if need be, until " + ends;
        }

        /// <summary>How alternatives that end a capture read in a message: <c>" -- "</c>, <c>a blank line or the end of the text</c>.</summary>
        public static string DescribeEnds(EquatableArray<EndAlternative> ends)
        {
            var parts = new System.Collections.Generic.List<string>();
            foreach (EndAlternative end in ends)
            {
                string part = end.AtEnd ? Describe.End(end.Literal) : Describe.Literal(end.Literal);
                if (!parts.Contains(part))
                {
                    parts.Add(part);
                }
            }

            return parts.Count switch
            {
                0 => "the end of the text",
                1 => parts[0],
                _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " or " + parts[parts.Count - 1],
            };
        }
    }
}
