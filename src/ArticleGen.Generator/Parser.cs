using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleGen.Generator
{
    /// <summary>The parser stage's output: a model to emit (null when errors prevent it) and diagnostics.</summary>
    internal sealed record ParseResult(ArticleTypeModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// The first stage: from the attributed declaration and its symbols to an equatable
    /// <see cref="ArticleTypeModel"/>. Every question that needs Roslyn is answered here, once.
    /// </summary>
    internal sealed partial class Parser
    {
        public const string AttributeName = "ArticleGen.ArticleLayoutAttribute";

        private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
            .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat NamespaceFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
        private readonly INamedTypeSymbol _type;
        private readonly Compilation _compilation;
        private readonly CancellationToken _cancellation;
        private readonly TargetFeatures _features;

        /// <summary>How deep nested layouts are read to find errors in them (cycles are ARTG021 before that).</summary>
        private const int MaxNestingChecked = 32;

        private readonly int _depth;

        /// <summary>
        /// What one compilation answers the same for every record: its features, and whether each nested layout
        /// generates (each record is read by its own transform and again by every record that nests it).
        /// Roslyn re-runs the transform of every [ArticleLayout] record on every compilation, keystrokes included.
        /// </summary>
        private sealed class CompilationFacts
        {
            /// <summary>The features a C# 11 tree gets in this compilation, or -1 before the first record asks.</summary>
            public int Features = -1;
            public readonly ConcurrentDictionary<ISymbol, bool> Generates = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

            private ParseCache.Fingerprint? _fingerprint;

            public ParseCache.Fingerprint GetFingerprint(Compilation compilation)
                => _fingerprint ??= ParseCache.Fingerprint.Of(compilation);
        }

        private static readonly ConditionalWeakTable<Compilation, CompilationFacts> Facts = new ConditionalWeakTable<Compilation, CompilationFacts>();

        private readonly CompilationFacts _facts;

        private Parser(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellation, int depth = 0)
        {
            _depth = depth;
            _type = type;
            _compilation = compilation;
            _cancellation = cancellation;
            _facts = Facts.GetValue(compilation, static _ => new CompilationFacts());
            _features = ReadFeatures();
        }

        public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax declaration
                || declaration.Identifier.IsMissing || type.Name.Length == 0 || !IsFirstLayoutDeclaration(type, declaration, cancellation))
            {
                return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
            }

            Compilation compilation = context.SemanticModel.Compilation;
            CompilationFacts facts = Facts.GetValue(compilation, static _ => new CompilationFacts());
            ParseCache.Entry entry = ParseCache.Of(declaration);
            ParseCache.Result? cached = entry.Get(facts.GetFingerprint(compilation), compilation, type);
            if (cached is not null)
            {
                facts.Generates.TryAdd(type, cached.Parse.Model is not null);
                return cached.Parse;
            }

            var parser = new Parser(type, compilation, cancellation);
            ArticleTypeModel? model = parser.ParseType(declaration, context.Attributes.FirstOrDefault());
            parser._facts.Generates.TryAdd(type, model is not null);
            var result = new ParseResult(model, parser._diagnostics.ToEquatableArray());
            entry.Set(facts.GetFingerprint(compilation), ParseCache.Dependencies(type), type, result);
            return result;
        }

        /// <summary>
        /// A partial record can carry [ArticleLayout] on more than one of its parts (the compiler then reports
        /// CS0579); only the part holding the first one is read, so one type never yields two files.
        /// </summary>
        private static bool IsFirstLayoutDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax declaration, CancellationToken cancellation)
        {
            AttributeData? first = type.GetAttributes().FirstOrDefault(IsLayoutAttribute);
            SyntaxNode? syntax = first?.ApplicationSyntaxReference?.GetSyntax(cancellation);
            return syntax is null || syntax.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault() == declaration;
        }

        /// <summary>ArticleGen.ArticleLayoutAttribute, compared by name without building a display string.</summary>
        private static bool IsLayoutAttribute(AttributeData attribute)
            => attribute.AttributeClass is { Name: "ArticleLayoutAttribute", ContainingNamespace: { Name: "ArticleGen", ContainingNamespace.IsGlobalNamespace: true } };

        private void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
            => _diagnostics.Add(new DiagnosticInfo(descriptor.Id, location, arguments.ToEquatableArray()));

        /// <summary>Records read (not given back by <see cref="ParseCache"/>) on this thread, for the cache tests.</summary>
        [ThreadStatic]
        internal static int ReadingsOnThisThread;

        private ArticleTypeModel? ParseType(TypeDeclarationSyntax declaration, AttributeData? attribute)
        {
            ReadingsOnThisThread++;
            if (HasVariants(_type))
            {
                // A record with [ArticleVariant]s is read by its variants (ParseVariantBase reports ARTG037 for both).
                return null;
            }

            Location nameLocation = declaration.Identifier.GetLocation();
            bool ok = true;
            if (!(_type.IsRecord && _type.TypeKind == TypeKind.Class))
            {
                string kind = _type.IsRecord ? "record struct" : _type.TypeKind == TypeKind.Struct ? "struct" : _type.TypeKind == TypeKind.Interface ? "an interface" : "class that is not a record";
                Report(DiagnosticDescriptors.NotRecordClass, nameLocation, _type.Name, kind);
                ok = false;
            }

            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                Report(DiagnosticDescriptors.NotPartial, nameLocation, _type.Name);
                ok = false;
            }

            ok &= CheckPlacement(declaration, nameLocation, out List<ContainingTypeModel> containing);

            string? variantOf = null;
            if (_type.BaseType is { SpecialType: not SpecialType.System_Object } baseType && baseType.IsRecord)
            {
                if (IsVariantOf(_type, baseType))
                {
                    variantOf = baseType.Name;
                }
                else
                {
                    string hint = HasVariants(baseType) ? "; list it on '" + baseType.Name + "' with [ArticleVariant(typeof(" + _type.Name + "))] to make it one of its variants" : " (nest or compose records instead)";
                    Report(DiagnosticDescriptors.UnsupportedFeature, nameLocation, _type.Name, "derives from the record '" + baseType.Name + "'; an [ArticleLayout] record must derive from object or be a variant of an abstract record" + hint);
                    ok = false;
                }
            }

            if (_type.IsAbstract && _type.TypeKind == TypeKind.Class)
            {
                SyntaxToken abstractKeyword = declaration.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.AbstractKeyword));
                Report(DiagnosticDescriptors.AbstractRecord, abstractKeyword.IsKind(SyntaxKind.AbstractKeyword) ? abstractKeyword.GetLocation() : nameLocation, _type.Name);
                ok = false;
            }

            ok &= CheckGeneratedNames(nameLocation);

            if (attribute?.ApplicationSyntaxReference?.GetSyntax(_cancellation) is not AttributeSyntax attributeSyntax
                || attributeSyntax.ArgumentList is not { Arguments.Count: > 0 } arguments)
            {
                Report(DiagnosticDescriptors.LayoutNotConstant, attribute?.ApplicationSyntaxReference?.GetSyntax(_cancellation).GetLocation() ?? nameLocation, "pass the layout as the attribute's argument");
                return null;
            }

            ExpressionSyntax layoutExpression = arguments.Arguments[0].Expression;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string layout || layout.Length == 0)
            {
                Report(DiagnosticDescriptors.LayoutNotConstant, layoutExpression.GetLocation(), "this argument is empty or not a compile-time constant string");
                return null;
            }

            bool writesCrLf = false;
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Key == "NewLine")
                {
                    writesCrLf = named.Value.Value as string == "\r\n";
                    if (!writesCrLf && named.Value.Value as string != "\n")
                    {
                        ExpressionSyntax where = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "NewLine")?.Expression ?? layoutExpression;
                        Report(DiagnosticDescriptors.InvalidNewLine, where.GetLocation(), Describe.Quote(named.Value.Value as string ?? "null"));
                        ok = false;
                    }
                }
            }

            _cancellation.ThrowIfCancellationRequested();
            var locations = LayoutLocations.Create(layoutExpression, layout);
            var problems = new List<LayoutProblem>();
            IReadOnlyList<LayoutSyntax> syntax = LayoutReader.Read(layout, problems);
            bool layoutReadCleanly = problems.Count == 0;

            MemberTable members = MemberTable.Create(_type);
            var captured = new List<(CaptureSyntax Capture, bool InGroup)>();
            CollectCaptures(syntax, false, captured);

            var memberModels = new List<MemberModel>();
            var memberIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach ((CaptureSyntax capture, bool inGroup) in captured)
            {
                Location nameSpan = locations.Get(capture.NameStart, capture.Member.Length);
                if (memberIndex.ContainsKey(capture.Member))
                {
                    problems.Add(new LayoutProblem("ARTG010", capture.Start, capture.Length, capture.Member));
                    continue;
                }

                if (!members.TryFind(capture.Member, out ISymbol? symbol, out ITypeSymbol? memberType))
                {
                    Report(DiagnosticDescriptors.UnknownMember, nameSpan, _type.Name, capture.Member);
                    ok = false;
                    continue;
                }

                string? parameter = members.ConstructorParameterFor(capture.Member);
                if (parameter is null && symbol is IPropertySymbol { SetMethod: null })
                {
                    Report(DiagnosticDescriptors.ReadOnlyMember, nameSpan, capture.Member);
                    ok = false;
                }

                MemberModel? model = new MemberTypeReader(this, locations, capture, inGroup).Read(memberType!, parameter);
                if (model is null)
                {
                    ok = false;
                    continue;
                }

                memberIndex[capture.Member] = memberModels.Count;
                memberModels.Add(model);
            }

            // A layout that could not be read may well mention the member in its broken part: say nothing then.
            foreach (string missing in members.RequiredNames().Where(n => layoutReadCleanly && !memberIndex.ContainsKey(n) && !captured.Any(c => c.Capture.Member == n)))
            {
                Report(DiagnosticDescriptors.MissingMember, locations.Whole, missing);
                ok = false;
            }

            foreach (ISymbol uncaptured in members.SettableMembers(_type).Where(m => layoutReadCleanly && !captured.Any(c => c.Capture.Member == m.Name) && !members.RequiredNames().Contains(m.Name)))
            {
                Report(DiagnosticDescriptors.MemberOutsideLayout, SourceLocation(uncaptured) ?? nameLocation, uncaptured.Name);
            }

            EquatableArray<LayoutNode> nodes = LayoutAnalyzer.Analyze(layout, syntax, name => memberIndex.TryGetValue(name, out int i) ? i : -1, problems);
            foreach (LayoutProblem problem in problems)
            {
                Report(DiagnosticDescriptors.ById(problem.Id), locations.Get(problem.Start, problem.Length), problem.Arguments);
                ok = false;
            }

            if (!ok || _diagnostics.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error))
            {
                return null;
            }

            string? ns = Namespace();
            string hintName = HintName(ns, containing);
            (EquatableArray<EqualityMember> equality, bool emitEquality) = EqualityReader.Read(_type, FullyQualified);
            string normalizedLayout = layout.Replace("\r\n", "\n").Replace('\r', '\n');
            bool isDocument = normalizedLayout.IndexOf('\n') >= 0;
            return new ArticleTypeModel(
                ns,
                _type.Name,
                _type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                hintName,
                containing.ToEquatableArray(),
                _type.IsSealed,
                normalizedLayout,
                isDocument,
                nodes,
                memberModels.ToEquatableArray(),
                members.Constructor is not null,
                _features,
                memberModels.Any(m => m.Kind == ValueKind.Memory) || memberModels.Any(m => m.Kind == ValueKind.Nested && NestedHas(m, MemberTypeReader.IsReadOnlyMemoryOfChar)),
                equality,
                emitEquality,
                !_type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 0),
                !_type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Diagnostics.DebuggerDisplayAttribute"),
                writesCrLf,
                isDocument && FeedApiFits(nameLocation),
                variantOf)
            {
                ScansUtf8 = (_features & TargetFeatures.Utf8SpanParsable) != 0 && NestedScanUtf8(_type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)),
                SlicesUtf8 = memberModels.Any(m => m.Kind == ValueKind.Utf8Memory) || memberModels.Any(m => m.Kind == ValueKind.Nested && NestedHas(m, MemberTypeReader.IsReadOnlyMemoryOfByte)),
            };
        }

        private string? Namespace() => _type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(NamespaceFormat) : null;

        /// <summary>"+" joins nested type names, as in metadata, so "A.B.C" + "R" and "A.B" + "C+R" never share a file name.</summary>
        private string HintName(string? ns, List<ContainingTypeModel> containing)
        {
            string typePath = string.Join("+", containing.Select(c => c.Name).Concat(new[] { _type.Name }));
            return (ns is null ? typePath : ns.Replace("@", string.Empty) + "." + typePath) + ".ArticleLayout.g.cs";
        }

        /// <summary>The types enclosing the record, which must all be partial and not generic.</summary>
        private bool ReadContainers(TypeDeclarationSyntax declaration, out List<ContainingTypeModel> containing)
        {
            bool ok = true;
            containing = new List<ContainingTypeModel>();
            for (SyntaxNode? parent = declaration.Parent; parent is TypeDeclarationSyntax outer; parent = parent.Parent)
            {
                if (!outer.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    Report(DiagnosticDescriptors.UnsupportedContainer, outer.Identifier.GetLocation(), _type.Name, "is nested in '" + outer.Identifier.Text + "', which is not partial");
                    ok = false;
                }
                else if (outer.TypeParameterList is not null)
                {
                    Report(DiagnosticDescriptors.UnsupportedContainer, outer.TypeParameterList.GetLocation(), _type.Name, "is nested in the generic type '" + outer.Identifier.Text + "'");
                    ok = false;
                }

                containing.Insert(0, new ContainingTypeModel(ContainerKeyword(outer), outer.Identifier.Text));
            }

            return ok;
        }

        /// <summary>The static members of a document layout's feed API (FeedApiEmitter writes them).</summary>
        internal static readonly string[] FeedApiNames =
        {
            "ArticleFeed", "ReadFeed", "ReadFeedFile", "ReadFeedAsync", "ReadFeedFileAsync", "WriteFeed", "WriteFeedAsync",
        };

        /// <summary>
        /// Whether the feed API can be added: a record or member with one of its names would clash (CS0542, CS0102,
        /// CS0111). The feed API is then left out, with a warning where the clash is, since the rest of the generated
        /// code works without it.
        /// </summary>
        private bool FeedApiFits(Location nameLocation)
        {
            if (Array.IndexOf(FeedApiNames, _type.Name) >= 0)
            {
                Report(DiagnosticDescriptors.FeedApiLeftOut, nameLocation, _type.Name, "the record itself");
                return false;
            }

            foreach (ISymbol member in _type.GetMembers())
            {
                if (Array.IndexOf(FeedApiNames, member.Name) >= 0 && SourceLocation(member) is Location location)
                {
                    Report(DiagnosticDescriptors.FeedApiLeftOut, location, _type.Name, "its member '" + member.Name + "'");
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether every layout nested in <paramref name="type"/> gets a byte reader (<c>__ReadArticleUtf8</c>): one
        /// declared in this compilation does when its own nested layouts do (the compilation is the same); one from a
        /// referenced assembly only if it has it (an older ArticleGen, or a netstandard2.0 build, wrote none). A record
        /// with variants has none.
        /// </summary>
        /// <summary>
        /// Whether a layout type from another assembly has the byte reader and writer this generator calls, with the
        /// signatures it calls them with. One built by an older ArticleGen may lack the writer or take no backing
        /// memory; then the record reads and writes UTF-8 through the char path rather than failing to compile.
        /// </summary>
        private static bool HasByteReaderAndWriter(INamedTypeSymbol type)
            => type.GetMembers("__ReadArticleUtf8").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 5 && m.Parameters[1].Type is INamedTypeSymbol { Name: "ReadOnlyMemory" })
               && type.GetMembers("__TryWriteArticleUtf8").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 3);

        private static bool NestedScanUtf8(INamedTypeSymbol type, HashSet<ITypeSymbol> seen)
        {
            if (!seen.Add(type))
            {
                return true;
            }

            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (MemberTypeReader.ElementOrSelf(property.Type) is INamedTypeSymbol variantBase && HasVariants(variantBase))
                {
                    // A record with variants is read through its variants' text readers only.
                    return false;
                }

                if (MemberTypeReader.ElementOrSelf(property.Type) is INamedTypeSymbol layout && MemberTypeReader.HasLayout(layout))
                {
                    INamedTypeSymbol named = layout;
                    bool fromSource = named.DeclaringSyntaxReferences.Length > 0;
                    if (fromSource ? !NestedScanUtf8(named, seen) : !HasByteReaderAndWriter(named))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// What any record ArticleGen extends must be, a layout record or a base of variants alike: not generic,
        /// inside types that can be extended, and not file-local (the generated code is a file of its own).
        /// </summary>
        private bool CheckPlacement(TypeDeclarationSyntax declaration, Location nameLocation, out List<ContainingTypeModel> containing)
        {
            bool ok = true;
            if (_type.TypeParameters.Length > 0)
            {
                Report(DiagnosticDescriptors.UnsupportedContainer, declaration.TypeParameterList?.GetLocation() ?? nameLocation, _type.Name, "is generic, and a layout reads one concrete type");
                ok = false;
            }

            ok &= ReadContainers(declaration, out containing);
            if (_type.IsFileLocal)
            {
                Report(DiagnosticDescriptors.UnsupportedFeature, nameLocation, _type.Name, "is a file-local type, which the generated code, written to a file of its own, cannot extend; remove the 'file' modifier");
                ok = false;
            }

            return ok;
        }

        /// <summary>The public members the generated code adds; a user member of the same name clashes with them.</summary>
        private static readonly HashSet<string> GeneratedPublicNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Parse", "TryParse", "Format", "TryFormat", "WriteTo",
        };

        /// <summary>Names starting with "__" belong to the generated plumbing (__Scan, __ReadArticle, __TryRead{Member}...).</summary>
        private static bool IsReservedName(string name) => GeneratedPublicNames.Contains(name) || name.StartsWith("__", StringComparison.Ordinal);

        private static Location? SourceLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource);

        /// <summary>
        /// The generated members must be addable to the record: no user member, and not the record itself, may
        /// have one of their names (CS0102, CS0111, CS0542 in the generated file otherwise).
        /// </summary>
        private bool CheckGeneratedNames(Location nameLocation)
        {
            bool ok = true;
            if (IsReservedName(_type.Name))
            {
                Report(DiagnosticDescriptors.ReservedTypeName, nameLocation, _type.Name);
                ok = false;
            }

            foreach (ISymbol member in _type.GetMembers())
            {
                if (!IsReservedName(member.Name) || SourceLocation(member) is not Location location)
                {
                    continue;
                }

                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } && GeneratedPublicNames.Contains(member.Name))
                {
                    Report(DiagnosticDescriptors.UserDeclaredGeneratedMember, location, _type.Name, member.Name);
                }
                else
                {
                    string use = GeneratedPublicNames.Contains(member.Name) ? "the generated " + member.Name + " method" : "names starting with '__' are the generated plumbing";
                    Report(DiagnosticDescriptors.ReservedMemberName, location, _type.Name, member.Name, use);
                }

                ok = false;
            }

            return ok;
        }

        /// <summary>
        /// Whether a nested [ArticleLayout] record gets its generated code: the outer record calls it. A record
        /// from another assembly was generated there; one in this compilation is read as its own generator run
        /// reads it (diagnostics discarded: they are reported on it).
        /// </summary>
        private bool NestedGenerates(INamedTypeSymbol nested)
        {
            if (HasVariants(nested))
            {
                return VariantBaseGenerates(nested);
            }

            AttributeData? attribute = nested.GetAttributes().FirstOrDefault(IsLayoutAttribute);
            if (attribute?.ApplicationSyntaxReference is not { } reference)
            {
                return true;
            }

            if (_depth >= MaxNestingChecked || reference.GetSyntax(_cancellation).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            {
                return _depth >= MaxNestingChecked;
            }

            if (_facts.Generates.TryGetValue(nested, out bool generates))
            {
                return generates;
            }

            generates = new Parser(nested, _compilation, _cancellation, _depth + 1).ParseType(declaration, attribute) is not null;
            _facts.Generates.TryAdd(nested, generates);
            return generates;
        }

        /// <summary>Whether the nested layout's members (or theirs, all the way down) include a value of the kind <paramref name="memory"/> picks.</summary>
        private bool NestedHas(MemberModel member, Func<ITypeSymbol, bool> memory)
        {
            ITypeSymbol? nested = _compilation.GetTypeByMetadataName(member.ValueTypeName.Replace("global::", string.Empty));
            return nested is INamedTypeSymbol named && TypeHasMemory(named, memory, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
        }

        /// <summary>Whether the type's members, or a nested layout's, include a value <paramref name="memory"/> picks (a ReadOnlyMemory of chars or of bytes).</summary>
        private static bool TypeHasMemory(INamedTypeSymbol type, Func<ITypeSymbol, bool> memory, HashSet<ITypeSymbol> seen)
        {
            if (!seen.Add(type))
            {
                return false;
            }

            if (HasVariants(type))
            {
                return VariantTypes(type).Any(v => TypeHasMemory(v, memory, seen));
            }

            foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
            {
                ITypeSymbol value = MemberTypeReader.ElementOrSelf(property.Type);
                if (memory(value) || (value is INamedTypeSymbol named && MemberTypeReader.IsLayoutType(named) && TypeHasMemory(named, memory, seen)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the consumer's compilation and language version offer; asked once per record.</summary>
        private TargetFeatures ReadFeatures()
        {
            int known = Volatile.Read(ref _facts.Features);
            if (known < 0)
            {
                var compilationFeatures = TargetFeatures.None;
                if (_compilation.GetTypeByMetadataName("System.ISpanParsable`1") is not null)
                {
                    compilationFeatures |= TargetFeatures.SpanParsable;
                }

                if (_compilation.GetTypeByMetadataName("System.IUtf8SpanParsable`1") is not null)
                {
                    compilationFeatures |= TargetFeatures.Utf8SpanParsable;
                }

                known = (int)compilationFeatures;
                Volatile.Write(ref _facts.Features, known);
            }

            // Static abstract interface members need C# 11 in the record's own file.
            bool staticAbstract = _type.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.Options is CSharpParseOptions options
                && options.LanguageVersion >= LanguageVersion.CSharp11;
            var features = (TargetFeatures)known;
            return staticAbstract ? features : TargetFeatures.None;
        }

        internal static bool IsReadOnlyMemoryOfChar(ITypeSymbol type) => MemberTypeReader.IsReadOnlyMemoryOfChar(type);

        /// <summary>A <c>ReadOnlyMemory&lt;char&gt;</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>: text compared by content.</summary>
        internal static bool IsReadOnlyMemoryOfText(ITypeSymbol type) => MemberTypeReader.IsReadOnlyMemoryOfChar(type) || MemberTypeReader.IsReadOnlyMemoryOfByte(type);

        internal static CollectionKind CollectionOf(ITypeSymbol type, out ITypeSymbol? element) => MemberTypeReader.CollectionOf(type, out element);

        private static string ContainerKeyword(TypeDeclarationSyntax declaration) => declaration switch
        {
            RecordDeclarationSyntax r when r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "partial record struct",
            RecordDeclarationSyntax => "partial record",
            StructDeclarationSyntax => "partial struct",
            InterfaceDeclarationSyntax => "partial interface",
            _ => "partial class",
        };

        private static void CollectCaptures(IReadOnlyList<LayoutSyntax> nodes, bool inGroup, List<(CaptureSyntax, bool)> captures)
        {
            foreach (LayoutSyntax node in nodes)
            {
                if (node is CaptureSyntax capture)
                {
                    captures.Add((capture, inGroup));
                }
                else if (node is GroupSyntax group)
                {
                    // A repeated part's list is never null: with no items, the part is simply not there.
                    CollectCaptures(group.Children, inGroup || !group.IsRepeated, captures);
                }
            }
        }

        /// <summary>Reads one member's type into a <see cref="MemberModel"/>, reporting what cannot be read.</summary>
        private sealed class MemberTypeReader
        {
            private readonly Parser _parser;
            private readonly LayoutLocations _locations;
            private readonly CaptureSyntax _capture;
            private readonly bool _inGroup;

            public MemberTypeReader(Parser parser, LayoutLocations locations, CaptureSyntax capture, bool inGroup)
            {
                _parser = parser;
                _locations = locations;
                _capture = capture;
                _inGroup = inGroup;
            }

            private Location CaptureLocation => _locations.Get(_capture.Start, _capture.Length);

            public MemberModel? Read(ITypeSymbol type, string? constructorParameter)
            {
                string name = _capture.Member;
                string typeName = type.ToDisplayString(FullyQualified);
                CollectionKind collection = CollectionOf(type, out ITypeSymbol? element);
                if (_capture.IsList && collection == CollectionKind.None)
                {
                    _parser.Report(DiagnosticDescriptors.ListShapeMismatch, CaptureLocation, name, "is captured as a list ({" + name + "...}) but its type '" + type.ToDisplayString() + "' is not a list; use T[], List<T>, IReadOnlyList<T> or ImmutableArray<T>, or capture it as {" + name + "}");
                    return null;
                }

                if (!_capture.IsList && collection != CollectionKind.None)
                {
                    _parser.Report(DiagnosticDescriptors.ListShapeMismatch, CaptureLocation, name, "is a list of type '" + type.ToDisplayString() + "'; capture it with {" + name + "...}");
                    return null;
                }

                ITypeSymbol valueType = element ?? type;
                if (valueType.TypeKind == TypeKind.Error)
                {
                    // The compiler already reports an unknown type; an inaccessible one is ours to explain.
                    if (valueType is IErrorTypeSymbol { CandidateReason: CandidateReason.Inaccessible } inaccessible)
                    {
                        string shown = inaccessible.CandidateSymbols.FirstOrDefault()?.ToDisplayString() ?? valueType.ToDisplayString();
                        _parser.Report(DiagnosticDescriptors.InaccessibleType, _locations.Get(_capture.NameStart, name.Length), name, shown, _parser._type.Name);
                    }

                    return null;
                }

                bool nullableValueType = false;
                bool canBeNull;
                if (valueType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && element is null)
                {
                    valueType = nullable.TypeArguments[0];
                    nullableValueType = true;
                    canBeNull = true;
                }
                else
                {
                    canBeNull = !type.IsValueType && type.NullableAnnotation != NullableAnnotation.NotAnnotated;
                }

                if (_inGroup && !canBeNull)
                {
                    _parser.Report(DiagnosticDescriptors.NonNullableInGroup, _locations.Get(_capture.NameStart, name.Length), name, type.ToDisplayString());
                    return null;
                }

                if (!_parser._compilation.IsSymbolAccessibleWithin(valueType, _parser._type) || IsFileLocal(valueType))
                {
                    _parser.Report(DiagnosticDescriptors.InaccessibleType, _locations.Get(_capture.NameStart, name.Length), name, valueType.ToDisplayString(), _parser._type.Name);
                    return null;
                }

                ValueKind? kind = KindOf(valueType, out string? reason);
                if (kind is null)
                {
                    _parser.Report(DiagnosticDescriptors.UnsupportedType, _locations.Get(_capture.NameStart, name.Length), name, valueType.ToDisplayString(), reason ?? "has no text form ArticleGen knows");
                    return null;
                }

                if (kind == ValueKind.Nested && LeadsBackTo((INamedTypeSymbol)valueType, _parser._type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
                {
                    _parser.Report(DiagnosticDescriptors.RecursiveLayout, _locations.Get(_capture.NameStart, name.Length), _parser._type.Name, valueType.Name);
                    return null;
                }

                if (kind == ValueKind.Nested && !_parser.NestedGenerates((INamedTypeSymbol)valueType))
                {
                    _parser.Report(DiagnosticDescriptors.NestedLayoutHasErrors, _locations.Get(_capture.NameStart, name.Length), name, valueType.ToDisplayString(), _parser._type.Name);
                    return null;
                }

                string? defaultFormat = kind switch
                {
                    ValueKind.DateOnlyExact => "yyyy-MM-dd",
                    ValueKind.TimeOnlyExact => "HH:mm:ss.FFFFFFF",
                    ValueKind.DateTimeExact => "O",
                    ValueKind.DateTimeOffsetExact => "O",
                    _ => null,
                };

                if (_capture.Format is not null && !FormatChecker.IsValid(kind.Value, valueType, _capture.Format, out string? problem))
                {
                    int formatStart = _capture.NameStart + name.Length + 1;
                    _parser.Report(DiagnosticDescriptors.InvalidFormat, _locations.Get(formatStart, _capture.Format.Length), _capture.Format, name, valueType.ToDisplayString(), problem ?? "it cannot be used");
                    return null;
                }

                string? lossless = FormatChecker.LosslessAlternative(kind.Value, _capture.Format);
                if (lossless is not null)
                {
                    int formatStart = _capture.NameStart + name.Length + 1;
                    _parser.Report(DiagnosticDescriptors.LossyFormat, _locations.Get(formatStart, _capture.Format!.Length), _capture.Format!, valueType.Name, name, lossless);
                }

                return new MemberModel(name, typeName, valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), kind.Value, collection, nullableValueType, canBeNull, _inGroup, constructorParameter, defaultFormat);
            }

            private ValueKind? KindOf(ITypeSymbol type, out string? reason)
            {
                reason = null;
                bool modern = (_parser._features & TargetFeatures.SpanParsable) != 0;
                if (type.SpecialType == SpecialType.System_String)
                {
                    return ValueKind.String;
                }

                if (IsReadOnlyMemoryOfChar(type))
                {
                    return ValueKind.Memory;
                }

                if (IsReadOnlyMemoryOfByte(type))
                {
                    return ValueKind.Utf8Memory;
                }

                if (type is INamedTypeSymbol named && IsLayoutType(named))
                {
                    return ValueKind.Nested;
                }

                if (!modern)
                {
                    reason = "needs ISpanParsable<T> and C# 11, which this project's target framework or language version does not have (target .NET 8 or later, or use string)";
                    return null;
                }

                if (type.TypeKind == TypeKind.Enum)
                {
                    return ValueKind.Enum;
                }

                if (type.SpecialType == SpecialType.System_Boolean)
                {
                    return ValueKind.Boolean;
                }

                switch (type.SpecialType)
                {
                    case SpecialType.System_Byte:
                    case SpecialType.System_SByte:
                    case SpecialType.System_Int16:
                    case SpecialType.System_UInt16:
                    case SpecialType.System_Int32:
                    case SpecialType.System_UInt32:
                    case SpecialType.System_Int64:
                    case SpecialType.System_UInt64:
                        return ValueKind.Integer;
                    case SpecialType.System_Single:
                    case SpecialType.System_Double:
                    case SpecialType.System_Decimal:
                        return ValueKind.Float;
                }

                switch (type.ToDisplayString())
                {
                    case "System.DateOnly": return ValueKind.DateOnlyExact;
                    case "System.TimeOnly": return ValueKind.TimeOnlyExact;
                    case "System.DateTime": return ValueKind.DateTimeExact;
                    case "System.DateTimeOffset": return ValueKind.DateTimeOffsetExact;
                }

                bool parsable = type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.ISpanParsable<TSelf>" && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));
                bool formattable = type.AllInterfaces.Any(i => i.ToDisplayString() == "System.ISpanFormattable");
                if (parsable && formattable)
                {
                    return ValueKind.SpanParsable;
                }

                reason = parsable ? "implements ISpanParsable<T> but not ISpanFormattable" : "neither is a known value type nor implements ISpanParsable<T>";
                return null;
            }

            /// <summary>A file-local type cannot be named from the generated file, even where the record can see it.</summary>
            private static bool IsFileLocal(ITypeSymbol type)
                => type is INamedTypeSymbol named && (named.IsFileLocal || (named.ContainingType is not null && IsFileLocal(named.ContainingType)) || named.TypeArguments.Any(IsFileLocal));

            internal static bool IsReadOnlyMemoryOfChar(ITypeSymbol type) => IsReadOnlyMemoryOf(type, SpecialType.System_Char);

            internal static bool IsReadOnlyMemoryOfByte(ITypeSymbol type) => IsReadOnlyMemoryOf(type, SpecialType.System_Byte);

            private static bool IsReadOnlyMemoryOf(ITypeSymbol type, SpecialType unit)
                => type is INamedTypeSymbol { Name: "ReadOnlyMemory", TypeArguments.Length: 1 } memory
                    && memory.ContainingNamespace.ToDisplayString() == "System"
                    && memory.TypeArguments[0].SpecialType == unit;

            internal static bool HasLayout(INamedTypeSymbol type) => type.GetAttributes().Any(IsLayoutAttribute);

            /// <summary>A type read by a layout: its own [ArticleLayout], or its variants'.</summary>
            internal static bool IsLayoutType(INamedTypeSymbol type) => HasLayout(type) || HasVariants(type);

            internal static ITypeSymbol ElementOrSelf(ITypeSymbol type) => CollectionOf(type, out ITypeSymbol? element) == CollectionKind.None ? type : element!;

            internal static CollectionKind CollectionOf(ITypeSymbol type, out ITypeSymbol? element)
            {
                element = null;
                if (type is IArrayTypeSymbol { Rank: 1 } array)
                {
                    element = array.ElementType;
                    return CollectionKind.Array;
                }

                if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named || type.SpecialType == SpecialType.System_String)
                {
                    return CollectionKind.None;
                }

                element = named.TypeArguments[0];
                switch (named.OriginalDefinition.ToDisplayString())
                {
                    case "System.Collections.Generic.IReadOnlyList<T>":
                    case "System.Collections.Generic.IList<T>":
                        return CollectionKind.IndexableInterface;
                    case "System.Collections.Generic.IReadOnlyCollection<T>":
                    case "System.Collections.Generic.ICollection<T>":
                    case "System.Collections.Generic.IEnumerable<T>":
                        return CollectionKind.EnumerableInterface;
                    case "System.Collections.Generic.List<T>":
                        return CollectionKind.List;
                    case "System.Collections.Immutable.ImmutableArray<T>":
                        return CollectionKind.ImmutableArray;
                    default:
                        element = null;
                        return CollectionKind.None;
                }
            }

            private static bool LeadsBackTo(INamedTypeSymbol type, INamedTypeSymbol target, HashSet<ITypeSymbol> seen)
            {
                if (SymbolEqualityComparer.Default.Equals(type, target))
                {
                    return true;
                }

                if (!seen.Add(type))
                {
                    return false;
                }

                if (HasVariants(type))
                {
                    return VariantTypes(type).Any(v => LeadsBackTo(v, target, seen));
                }

                var table = MemberTable.Create(type);
                foreach (string member in CapturedNames(type))
                {
                    if (table.TryFind(member, out _, out ITypeSymbol? memberType)
                        && ElementOrSelf(memberType!) is INamedTypeSymbol next
                        && IsLayoutType(next)
                        && LeadsBackTo(next, target, seen))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static IEnumerable<string> CapturedNames(INamedTypeSymbol type)
            {
                AttributeData? attribute = type.GetAttributes().FirstOrDefault(IsLayoutAttribute);
                if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string layout)
                {
                    return Array.Empty<string>();
                }

                var captures = new List<(CaptureSyntax, bool)>();
                CollectCaptures(LayoutReader.Read(layout, new List<LayoutProblem>()), false, captures);
                return captures.Select(c => c.Item1.Member);
            }
        }
    }
}
