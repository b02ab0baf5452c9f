namespace ArticleGen.Generator.Model
{
    /// <summary>What one piece of a layout is.</summary>
    internal enum LayoutNodeKind
    {
        /// <summary>Text that must appear exactly (line breaks normalized to <c>\n</c>).</summary>
        Literal,

        /// <summary><c>{Member}</c> or <c>{Member:format}</c>.</summary>
        Capture,

        /// <summary><c>{Member...}</c>: repeats its paragraph, line or line prefix.</summary>
        List,

        /// <summary><c>[ ... ]</c>: present when its leading literal matches.</summary>
        Group,
    }

    /// <summary>
    /// One thing that can end a capture: a literal that follows it in the layout, possibly only together with
    /// the end of the text (<see cref="AtEnd"/>). Alternatives are kept in precedence order: where two match
    /// at the same place, the earlier one wins (an optional group's leader before the text after the group;
    /// for a list, anything that ends the list before its separator).
    /// </summary>
    internal sealed record EndAlternative(string Literal, bool AtEnd);

    /// <summary>
    /// A node of the analysed layout. One record for all kinds keeps the model flat and equatable; unused
    /// fields are empty for a kind that does not need them.
    /// </summary>
    internal sealed record LayoutNode(
        LayoutNodeKind Kind,
        string Text,
        int MemberIndex,
        string? Format,
        EquatableArray<EndAlternative> Ends,
        bool OneLine,
        string Separator,
        string ListShape,
        EquatableArray<LayoutNode> Children,
        string Source)
    {
        /// <summary>For a list: its separator also comes before the first item, so an empty list leaves out both.</summary>
        public bool HasLead { get; init; }

        /// <summary>For a list whose last line is read by the capture after it: what ends that capture (one item of look-ahead).</summary>
        public EquatableArray<EndAlternative> TailEnds { get; init; } = EquatableArray<EndAlternative>.Empty;

        /// <summary>For a list with <see cref="TailEnds"/>: the member that reads its last line.</summary>
        public string? Tail { get; init; }

        /// <summary>For a repeated part <c>[leader{Member...}trailer]...</c>: the literal that opens each item (empty otherwise).</summary>
        public string ItemLeader { get; init; } = string.Empty;

        /// <summary>For a repeated part: the literal that closes each item (may be empty).</summary>
        public string ItemTrailer { get; init; } = string.Empty;

        /// <summary>Whether this list is a repeated part, each item between <see cref="ItemLeader"/> and <see cref="ItemTrailer"/>.</summary>
        public bool IsWrapped => ItemLeader.Length > 0;

        /// <summary>The member name, for captures and lists.</summary>
        public string Member => Text;

        /// <summary>The leading literal of a group.</summary>
        public string Leader => Children.Count > 0 && Children[0].Kind == LayoutNodeKind.Literal ? Children[0].Text : string.Empty;
    }
}
