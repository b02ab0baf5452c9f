using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// Writes the feed API of a document layout: static <c>ReadFeed</c>/<c>ReadFeedAsync</c>/<c>WriteFeed</c> methods
    /// on the record, where a user looks first, forwarding to one <c>ArticleGen.ArticleFeed&lt;T&gt;</c> built from the
    /// generated <c>Parse(ReadOnlySpan&lt;byte&gt;)</c> and <c>WriteTo</c>. The runtime does the splitting, buffering and
    /// error placing, the same on every target framework.
    /// </summary>
    internal static class FeedApiEmitter
    {
        public static void Emit(EmitContext c)
        {
            ArticleTypeModel m = c.Model;
            if (!m.EmitFeedApi)
            {
                // An inline fragment is not a story; a record or member named like the feed API would clash (ARTG040).
                return;
            }

            string t = m.FullName;
            string feed = $"global::ArticleGen.ArticleFeed<{t}>";
            string options = "global::ArticleGen.FeedOptions? options = null";
            string token = "global::System.Threading.CancellationToken cancellationToken = default";
            string stories = $"global::System.Collections.Generic.IEnumerable<{t}>";
            string asyncStories = $"global::System.Collections.Generic.IAsyncEnumerable<{t}>";
            string? endLine = LayoutEndLine(m.Nodes);
            string endLiteral = endLine is null ? "null" : EmitContext.Quote(endLine);
            string? startLine = LayoutStartLine(m.Nodes);
            string startLiteral = startLine is null ? "null" : EmitContext.Quote(startLine);
            string newLineArgument = m.WritesCrLf ? ", newLine: \"\\r\\n\"" : string.Empty;
            string defaultSeparator = endLine is null
                ? "This layout does not end with a literal line, so <see cref=\"global::ArticleGen.FeedOptions.Separator\"/> must say where stories end."
                : "Unless <see cref=\"global::ArticleGen.FeedOptions.Separator\"/> says otherwise, every story ends with the layout's last line, " + Xml(endLine) + ".";

            c.W.Lines($$"""
                /// <summary>Reads and writes feeds of <see cref="{{EmitContext.Id(m.Name)}}"/> stories: many stories in one stream, file or string.</summary>
                /// <remarks>{{defaultSeparator}}</remarks>
                public static {{feed}} ArticleFeed { get; } = new {{feed}}({{c.TypeLiteral}}, Parse, (story, utf8) => story.WriteTo(utf8), {{endLiteral}}, {{startLiteral}}{{newLineArgument}});

                /// <summary>Reads the stories of a UTF-8 feed, one at a time as they are enumerated, with memory bounded by the longest story. {{defaultSeparator}}</summary>
                /// <exception cref="global::ArticleGen.ArticleFeedException">(On enumeration) a story does not fit the layout; it gives the story's number, line and column in the feed.</exception>
                public static global::System.Collections.Generic.IEnumerable<{{t}}> ReadFeed(global::System.IO.Stream utf8Feed, {{options}}) => ArticleFeed.Read(utf8Feed, options);

                /// <summary>Reads the stories of a feed from a text reader; see <see cref="ReadFeed(global::System.IO.Stream, global::ArticleGen.FeedOptions)"/>.</summary>
                public static global::System.Collections.Generic.IEnumerable<{{t}}> ReadFeed(global::System.IO.TextReader feed, {{options}}) => ArticleFeed.Read(feed, options);

                /// <summary>Reads the stories of a feed's text (for a file, use <see cref="ReadFeedFile"/>).</summary>
                public static global::System.Collections.Generic.IEnumerable<{{t}}> ReadFeed(string feed, {{options}}) => ArticleFeed.Read(feed, options);

                /// <summary>Reads the stories of a UTF-8 feed in memory, each parsed in place.</summary>
                public static global::System.Collections.Generic.IEnumerable<{{t}}> ReadFeed(global::System.ReadOnlyMemory<byte> utf8Feed, {{options}}) => ArticleFeed.Read(utf8Feed, options);

                /// <summary>Reads the stories of a UTF-8 feed file, closing it when enumeration ends.</summary>
                public static global::System.Collections.Generic.IEnumerable<{{t}}> ReadFeedFile(string path, {{options}}) => ArticleFeed.ReadFile(path, options);

                /// <summary>Reads the stories of a UTF-8 feed asynchronously; see <see cref="ReadFeed(global::System.IO.Stream, global::ArticleGen.FeedOptions)"/>.</summary>
                public static {{asyncStories}} ReadFeedAsync(global::System.IO.Stream utf8Feed, {{options}}, {{token}}) => ArticleFeed.ReadAsync(utf8Feed, options, cancellationToken);

                /// <summary>Reads the stories of a UTF-8 feed from a pipe asynchronously (the pipe is not completed).</summary>
                public static {{asyncStories}} ReadFeedAsync(global::System.IO.Pipelines.PipeReader utf8Feed, {{options}}, {{token}}) => ArticleFeed.ReadAsync(utf8Feed, options, cancellationToken);

                /// <summary>Reads the stories of a feed from a text reader asynchronously.</summary>
                public static {{asyncStories}} ReadFeedAsync(global::System.IO.TextReader feed, {{options}}, {{token}}) => ArticleFeed.ReadAsync(feed, options, cancellationToken);

                /// <summary>Reads the stories of a UTF-8 feed file asynchronously, closing it when enumeration ends.</summary>
                public static {{asyncStories}} ReadFeedFileAsync(string path, {{options}}, {{token}}) => ArticleFeed.ReadFileAsync(path, options, cancellationToken);

                /// <summary>Writes stories as a UTF-8 feed that reads back as the same stories: the header, then each story's canonical text with the separator.</summary>
                /// <exception cref="global::System.ArgumentException">A story would not read back as itself (its text holds the separator).</exception>
                public static void WriteFeed(global::System.IO.Stream utf8Feed, {{stories}} stories, {{options}}) => ArticleFeed.Write(utf8Feed, stories, options);

                /// <summary>Writes stories as a UTF-8 feed into a buffer writer; see <see cref="WriteFeed(global::System.IO.Stream, {{Cref(stories)}}, global::ArticleGen.FeedOptions)"/>.</summary>
                public static void WriteFeed(global::System.Buffers.IBufferWriter<byte> utf8Feed, {{stories}} stories, {{options}}) => ArticleFeed.Write(utf8Feed, stories, options);

                /// <summary>Writes stories, as they arrive, as a UTF-8 feed to a stream.</summary>
                public static global::System.Threading.Tasks.Task WriteFeedAsync(global::System.IO.Stream utf8Feed, {{asyncStories}} stories, {{options}}, {{token}}) => ArticleFeed.WriteAsync(utf8Feed, stories, options, cancellationToken);

                /// <summary>Writes stories, as they arrive, as a UTF-8 feed to a pipe, flushing as it goes (the pipe is not completed).</summary>
                public static global::System.Threading.Tasks.Task WriteFeedAsync(global::System.IO.Pipelines.PipeWriter utf8Feed, {{asyncStories}} stories, {{options}}, {{token}}) => ArticleFeed.WriteAsync(utf8Feed, stories, options, cancellationToken);

                """);
        }

        /// <summary>
        /// The layout's last line when the whole line is literal text (<c>(END)</c>, <c>&lt;/DOC&gt;</c>): every story
        /// ends with it, so a feed can be split there. Null when the layout ends with a capture, a list or a group.
        /// </summary>
        internal static string? LayoutEndLine(EquatableArray<LayoutNode> nodes)
        {
            if (nodes.Count == 0 || nodes[nodes.Count - 1].Kind != LayoutNodeKind.Literal)
            {
                return null;
            }

            string text = nodes[nodes.Count - 1].Text.TrimEnd('\n');
            int lastBreak = text.LastIndexOf('\n');
            if (lastBreak < 0 && nodes.Count > 1)
            {
                return null;
            }

            string line = text.Substring(lastBreak + 1);
            return line.Trim().Length == 0 || line.IndexOf('\r') >= 0 ? null : line;
        }

        /// <summary>The layout's first line when the whole line is literal text (<c>&lt;DOC&gt;</c>), else null.</summary>
        internal static string? LayoutStartLine(EquatableArray<LayoutNode> nodes)
        {
            if (nodes.Count == 0 || nodes[0].Kind != LayoutNodeKind.Literal)
            {
                return null;
            }

            string text = nodes[0].Text;
            int firstBreak = text.IndexOf('\n');
            if (firstBreak < 0)
            {
                return null;
            }

            string line = text.Substring(0, firstBreak);
            return line.Trim().Length == 0 || line.IndexOf('\r') >= 0 ? null : line;
        }

        private static string Cref(string type) => type.Replace('<', '{').Replace('>', '}');

        private static string Xml(string text) => "<c>" + text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + "</c>";
    }
}
