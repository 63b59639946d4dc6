# cp-audit: runtime additions for every format, loaded by the toolkit's SPI extension registry
# (AuditExtensionRegistry) into each Asciidoctor instance: the build's and an editor's preview alike.
#
# Chinese section numbers carry no trailing dot: "1 总论", "1.2 审核目的" (typesetting.md),
# where Asciidoctor prints "1. 总论", "1.2. 审核目的". Parents still join with the delimiter.
module CpAudit
  module SectnumWithoutTrailingDot
    def sectnum delimiter = '.', append = nil
      append.nil? ? super(delimiter, false) : super
    end
  end
end

Asciidoctor::Section.prepend CpAudit::SectnumWithoutTrailingDot unless Asciidoctor::Section < CpAudit::SectnumWithoutTrailingDot

# Relative paths (includes of the master document, imagesdir, images) resolve against the document
# folder, as in an editor's preview, while SAFE mode's jail stays the project folder (DESIGN.md).
# Asciidoctor uses its base_dir for both; the build sets base_dir to the project folder and names
# the document folder in the attribute audit-docdir.
module CpAudit
  module DocumentFolderPaths
    def normalize_system_path target, start = nil, jail = nil, opts = {}
      doc = @document
      if (docdir = doc.attributes['audit-docdir']) && doc.safe >= Asciidoctor::SafeMode::SAFE
        if start.nil? || start == doc.base_dir
          start = docdir
        elsif !(doc.path_resolver.root? start)
          start = ::File.join docdir, start
        end
      end
      super target, start, jail, opts
    end
  end
end

Asciidoctor::AbstractNode.prepend CpAudit::DocumentFolderPaths unless Asciidoctor::AbstractNode < CpAudit::DocumentFolderPaths

# The attributes every report gets by default: Chinese captions and labels (never "Table 1."),
# numbering, the table of contents (typesetting.md). Given here, in every document of a runtime that
# has the toolkit's jar, an editor's preview shows what audit:report publishes; the build adds only
# what is its own (paths, fonts, offline HTML, the PDF theme). Soft, as if given with a trailing @:
# a document's header may change them, and attributes given to the conversion (the goal's
# attributes, an editor's settings) win.
module CpAudit
  module ReportDefaults
    EVERY_FORMAT = {
      'toc-title' => '目录',
      'table-caption' => '表',
      'figure-caption' => '图',
      'example-caption' => '示例',
      'appendix-caption' => '附件',
      'appendix-refsig' => '附件',
      'chapter-signifier' => '',
      'chapter-refsig' => '',
      'section-refsig' => '',
      'part-signifier' => '',
      'part-refsig' => '',
      'note-caption' => '注',
      'tip-caption' => '提示',
      'warning-caption' => '警告',
      'important-caption' => '重要',
      'caution-caption' => '注意',
      'version-label' => '版本',
      'last-update-label' => '最后更新',
      'untitled-label' => '未命名',
      # no preface-title: the content between the header and the first chapter (封二) takes no
      # "前言" heading in the PDF
      'lang' => 'zh-CN',
      'sectnums' => '',
      'sectnumlevels' => '3',
      'toclevels' => '2',
      'attribute-missing' => 'warn',
      'imagesdir' => 'images',
    }.freeze
    HTML = EVERY_FORMAT.merge('toc' => 'left', 'sectanchors' => '').freeze
    PDF = EVERY_FORMAT.merge('toc' => '').freeze

    def initialize data = nil, options = {}
      # a nested document (an AsciiDoc table cell) takes its parent's attributes
      ReportDefaults.add_to options unless options[:parent]
      super
    end

    # Puts the defaults before the attributes of options (a Hash by now: Asciidoctor.load made it one)
    # that do not name them; named as Asciidoctor reads the names: name, name@, !name, name!.
    def self.add_to options
      given = options[:attributes] || {}
      named = given.keys.map {|key| ((key.to_s.delete_prefix '!').delete_suffix '@').delete_suffix('!').downcase }
      backend = (options[:backend] || given['backend']).to_s
      attributes = {}
      ((backend.start_with? 'pdf') ? PDF : HTML).each do |name, value|
        attributes[name] = %(#{value}@) unless named.include? name
      end
      given.each {|name, value| attributes[name] = value }
      options[:attributes] = attributes
    end
  end
end

Asciidoctor::Document.prepend CpAudit::ReportDefaults unless Asciidoctor::Document < CpAudit::ReportDefaults
