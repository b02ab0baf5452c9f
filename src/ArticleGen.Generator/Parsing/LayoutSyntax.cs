using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>A piece of layout text as written, with its place in the layout string's value.</summary>
    internal abstract class LayoutSyntax
    {
        protected LayoutSyntax(int start, int length)
        {
            Start = start;
            Length = length;
        }

        /// <summary>Index in the layout string's value (before line-break normalization).</summary>
        public int Start { get; }

        public int Length { get; }
    }

    internal sealed class LiteralSyntax : LayoutSyntax
    {
        public LiteralSyntax(string text, int start, int length)
            : base(start, length) => Text = text;

        /// <summary>The text with escapes resolved and line breaks normalized to <c>\n</c>.</summary>
        public string Text { get; }
    }

    internal sealed class CaptureSyntax : LayoutSyntax
    {
        public CaptureSyntax(string member, string? format, bool isList, bool spansLines, int start, int length, int nameStart)
            : base(start, length)
        {
            Member = member;
            Format = format;
            IsList = isList;
            SpansLines = spansLines;
            NameStart = nameStart;
        }

        public string Member { get; }

        public string? Format { get; }

        public bool IsList { get; }

        /// <summary><c>{Member..., }</c>: a list within one line, its items separated by this text (empty otherwise).</summary>
        public string InlineSeparator { get; set; } = string.Empty;

        /// <summary><c>{Member~}</c>: may run across lines even where the text that ends it stands on its own line.</summary>
        public bool SpansLines { get; }

        public int NameStart { get; }
    }

    internal sealed class GroupSyntax : LayoutSyntax
    {
        public GroupSyntax(IReadOnlyList<LayoutSyntax> children, int start, int length)
            : base(start, length) => Children = children;

        public IReadOnlyList<LayoutSyntax> Children { get; }

        /// <summary><c>[...]...</c>: a part written once per item of the list it holds (zero or more times).</summary>
        public bool IsRepeated { get; set; }
    }

    /// <summary>A problem found in the layout, at a span of the layout string's value.</summary>
    internal sealed class LayoutProblem
    {
        public LayoutProblem(string id, int start, int length, params string[] arguments)
        {
            Id = id;
            Start = start;
            Length = length;
            Arguments = arguments;
        }

        public string Id { get; }

        public int Start { get; }

        public int Length { get; }

        public string[] Arguments { get; }
    }
}
