using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator
{
    /// <summary>
    /// Every diagnostic ArticleGen reports. Each has a section in docs/diagnostics.md with a wrong and a right
    /// example; the ID is the anchor. Errors where no correct code can be generated, warnings otherwise.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Usage = "ArticleGen.Usage";
        private const string Layout = "ArticleGen.Layout";
        private const string HelpBase = "https://github.com/ArticleGen/ArticleGen/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor NotPartial = Error("ARTG001", Usage,
            "Type must be partial",
            "'{0}' has [ArticleLayout] but is not partial; add the 'partial' modifier so ArticleGen can add Parse and Format to it");

        public static readonly DiagnosticDescriptor NotRecordClass = Error("ARTG002", Usage,
            "Type must be a record class",
            "'{0}' is a {1}; [ArticleLayout] goes on a 'partial record' (a record class), which gives value equality for round-trip checks");

        public static readonly DiagnosticDescriptor UnsupportedContainer = Error("ARTG003", Usage,
            "Unsupported enclosing or generic type",
            "'{0}' {1}; declare the record at namespace level or inside non-generic partial types");

        public static readonly DiagnosticDescriptor UnterminatedCapture = Error("ARTG004", Layout,
            "Unterminated '{'",
            "'{0}' starts a capture that is never closed on its line; close it with '}}' or write '{{{{' for a literal brace");

        public static readonly DiagnosticDescriptor UnterminatedGroup = Error("ARTG005", Layout,
            "Unterminated '['",
            "This '[' starts an optional group that is never closed; close it with ']' or write '[[' for a literal bracket");

        public static readonly DiagnosticDescriptor StrayClosingBrace = Error("ARTG006", Layout,
            "Stray '}'",
            "'{0}' closes no capture; write '}}}}' for a literal brace");

        public static readonly DiagnosticDescriptor StrayClosingBracket = Error("ARTG007", Layout,
            "Stray ']'",
            "This ']' closes no optional group; write ']]' for a literal bracket");

        public static readonly DiagnosticDescriptor InvalidCapture = Error("ARTG008", Layout,
            "Invalid capture",
            "'{0}' is not a valid capture: write {{Member}}, {{Member~}}, {{Member:format}} or {{Member...}} with the name of a property");

        public static readonly DiagnosticDescriptor UnknownMember = Error("ARTG009", Layout,
            "Unknown member",
            "'{0}' has no property or positional parameter named '{1}'; use a member name (names are case-sensitive)");

        public static readonly DiagnosticDescriptor DuplicateMember = Error("ARTG010", Layout,
            "Member captured twice",
            "'{0}' is captured more than once; capture each member in one place");

        public static readonly DiagnosticDescriptor MissingMember = Error("ARTG011", Layout,
            "Member missing from the layout",
            "'{0}' must be set when the record is created, but the layout never captures it; add {{{0}}} to the layout (or give the constructor parameter a default value, or drop 'required')");

        public static readonly DiagnosticDescriptor AdjacentCaptures = Error("ARTG012", Layout,
            "Captures with no literal between them",
            "Nothing in the layout tells where '{0}' ends and '{1}' begins; put literal text between them");

        public static readonly DiagnosticDescriptor GroupWithoutLeadingLiteral = Error("ARTG013", Layout,
            "Optional group must start with literal text",
            "An optional group is recognised by its leading text, but this one starts with {0}; begin it with literal text (line breaks count)");

        public static readonly DiagnosticDescriptor GroupWithoutMember = Error("ARTG014", Layout,
            "Optional group holds no member",
            "This optional group captures no member, so Format could not tell whether to write it; add a capture or make the text plain");

        public static readonly DiagnosticDescriptor NonNullableInGroup = Error("ARTG015", Layout,
            "Member in an optional group must be nullable",
            "'{0}' is inside an optional group, which may be absent, but its type '{1}' cannot be null; declare it '{1}?'");

        public static readonly DiagnosticDescriptor UnsupportedType = Error("ARTG016", Usage,
            "Member type cannot be read from text",
            "'{0}' has type '{1}', which {2}; use string, ReadOnlyMemory<char>, a number, bool, an enum, a date or time type, an [ArticleLayout] record or a type implementing ISpanParsable<T> and ISpanFormattable");

        public static readonly DiagnosticDescriptor InvalidFormat = Error("ARTG017", Layout,
            "Invalid format",
            "'{0}' is not a valid format for '{1}' of type '{2}': {3}");

        public static readonly DiagnosticDescriptor ListShapeMismatch = Error("ARTG018", Layout,
            "List capture and member type disagree",
            "'{0}' {1}");

        public static readonly DiagnosticDescriptor AmbiguousListEnd = Error("ARTG019", Layout,
            "List end cannot be told from its separator",
            "The list '{0}' separates items with {1}, and what follows it begins with {2}, so the list would always end after one item; put different text after the list");

        public static readonly DiagnosticDescriptor ListPlacement = Error("ARTG020", Layout,
            "List must stand on its own line",
            "The list '{0}' {1}; a list repeats the paragraph, line or line prefix it stands in, so it must end its line and have only literal text before it on the line");

        public static readonly DiagnosticDescriptor RecursiveLayout = Error("ARTG021", Layout,
            "Layout contains itself",
            "'{0}' reads '{1}', whose layout leads back to '{0}'; nested layouts must not contain themselves");

        public static readonly DiagnosticDescriptor InaccessibleType = Error("ARTG022", Usage,
            "Member type is not accessible",
            "'{0}' has type '{1}', which the generated code in '{2}' cannot access; make it accessible to the record");

        public static readonly DiagnosticDescriptor ReadOnlyMember = Error("ARTG023", Usage,
            "Member cannot be set",
            "'{0}' is captured but is neither a constructor parameter nor a property with a set or init accessor; add 'init'");

        public static readonly DiagnosticDescriptor LayoutNotConstant = Error("ARTG024", Usage,
            "Layout must be a constant string",
            "The layout must be a non-empty constant string; {0}");

        public static readonly DiagnosticDescriptor UnsupportedFeature = Error("ARTG025", Usage,
            "Unsupported record shape",
            "'{0}' {1}");

        public static readonly DiagnosticDescriptor LossyFormat = Warning("ARTG026", Layout,
            "Format does not keep the whole value",
            "The format '{0}' does not keep every part of a {1}, so Format throws for '{2}' values it cannot write back; use a format that keeps the value (for example '{3}')");

        public static readonly DiagnosticDescriptor RecordsNeedCSharp9 = Error("ARTG038", Usage,
            "Records need C# 9 or later",
            "'{0}' is declared as a record, which C# {1} does not have; set the project's LangVersion to 9.0 or later (netstandard2.0 and .NET Framework projects default to C# 7.3)");

        public static readonly DiagnosticDescriptor ReservedMemberName = Error("ARTG027", Usage,
            "Member name is taken by the generated code",
            "'{0}' declares a member named '{1}', a name the generated code uses ({2}); rename the member");

        public static readonly DiagnosticDescriptor ReservedTypeName = Error("ARTG028", Usage,
            "Record name is taken by a generated member",
            "The record is named '{0}', like a member the generated code adds to it, and a member cannot have the name of its type; rename the record");

        public static readonly DiagnosticDescriptor UserDeclaredGeneratedMember = Error("ARTG029", Usage,
            "Record declares a method ArticleGen generates",
            "'{0}' declares its own '{1}', but ArticleGen generates the '{1}' overloads of an [ArticleLayout] record; remove or rename this method (an extension method or a static helper on another type can add overloads)");

        public static readonly DiagnosticDescriptor AbstractRecord = Error("ARTG030", Usage,
            "Abstract record not supported",
            "'{0}' is abstract, but the generated Parse creates instances of it; remove 'abstract' (put the layout on a concrete record)");

        public static readonly DiagnosticDescriptor NestedLayoutHasErrors = Error("ARTG031", Usage,
            "Nested layout has errors",
            "'{0}' has type '{1}', whose [ArticleLayout] has errors, so no code can be generated for '{2}' either; fix the errors reported on '{1}'");

        public static readonly DiagnosticDescriptor MemberOutsideLayout = Warning("ARTG032", Usage,
            "Settable member outside the layout does not round-trip",
            "'{0}' can be set but the layout does not capture it: Format does not write it and Parse leaves it at its default, so Parse(Format(x)) differs from x whenever it is set; capture it in the layout or make it get-only");

        public static readonly DiagnosticDescriptor InvalidNewLine = Error("ARTG033", Usage,
            "Unsupported NewLine",
            "NewLine is {0}; a layout writes \"\\n\" (the default) or \"\\r\\n\" line breaks");

        public static readonly DiagnosticDescriptor RepeatedPartShape = Error("ARTG034", Layout,
            "Repeated part must hold one list between literals",
            "A repeated part '[...]...' holds literal text, one list capture {Member...} and, optionally, literal text that closes each item on its line; write it as [<D>{Codes...}</D>]...");

        public static readonly DiagnosticDescriptor InvalidVariant = Error("ARTG035", Usage,
            "Variant type cannot be a variant",
            "'{0}' cannot be a variant of '{1}': {2}");

        public static readonly DiagnosticDescriptor DuplicateVariant = Error("ARTG036", Usage,
            "Variant listed twice",
            "'{0}' is already a variant of '{1}'; list each variant once (the first listed is tried first)");

        public static readonly DiagnosticDescriptor VariantBaseWithLayout = Error("ARTG037", Usage,
            "Record with variants has a layout of its own",
            "'{0}' lists variants, and its text is read by them, so it cannot have an [ArticleLayout] too; remove the [ArticleLayout] (or the [ArticleVariant]s)");

        public static readonly DiagnosticDescriptor VariantBaseNotAbstract = Error("ARTG039", Usage,
            "Record with variants must be abstract",
            "'{0}' lists variants but is not abstract, so a value could be none of them and Format could not write it; declare it 'abstract partial record {0}'");

        public static readonly DiagnosticDescriptor FeedApiLeftOut = Warning("ARTG040", Usage,
            "Feed API left out: a name clashes with it",
            "The feed API of '{0}' (ArticleFeed, ReadFeed, ReadFeedAsync, ReadFeedFile, ReadFeedFileAsync, WriteFeed, WriteFeedAsync) is not generated, because {1} has one of its names; rename it to get the feed API, or create an ArticleFeed<{0}> yourself");

        public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
        {
            NotPartial, NotRecordClass, UnsupportedContainer, UnterminatedCapture, UnterminatedGroup, StrayClosingBrace,
            StrayClosingBracket, InvalidCapture, UnknownMember, DuplicateMember, MissingMember, AdjacentCaptures,
            GroupWithoutLeadingLiteral, GroupWithoutMember, NonNullableInGroup, UnsupportedType, InvalidFormat,
            ListShapeMismatch, AmbiguousListEnd, ListPlacement, RecursiveLayout, InaccessibleType, ReadOnlyMember,
            LayoutNotConstant, UnsupportedFeature, LossyFormat, ReservedMemberName, ReservedTypeName,
            UserDeclaredGeneratedMember, AbstractRecord, NestedLayoutHasErrors, MemberOutsideLayout, InvalidNewLine, RepeatedPartShape,
            InvalidVariant, DuplicateVariant, VariantBaseWithLayout, RecordsNeedCSharp9, VariantBaseNotAbstract, FeedApiLeftOut,
        };

        private static readonly Dictionary<string, DiagnosticDescriptor> ByIdMap = All.ToDictionary(d => d.Id);

        public static DiagnosticDescriptor ById(string id) => ByIdMap[id];

        private static DiagnosticDescriptor Error(string id, string category, string title, string message)
            => new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

        private static DiagnosticDescriptor Warning(string id, string category, string title, string message)
            => new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
