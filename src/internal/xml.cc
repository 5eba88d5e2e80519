// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "internal/xml.h"

#include <expat.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "internal/files.h"

namespace govgraph::internal {
namespace {

// Expat is fed in pieces: its length argument is an int.
constexpr size_t kChunkBytes = 1 << 20;

struct ParserDeleter {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};
using ParserPtr = std::unique_ptr<XML_ParserStruct, ParserDeleter>;

struct Reader {
  XML_Parser parser = nullptr;
  XmlLimits limits;
  XmlElement root;
  bool have_root = false;
  std::vector<XmlElement*> stack;
  size_t elements = 0;
  // Set when a handler stops the parser; replaces expat's own message.
  std::string refusal;
  int refusal_line = 0;
  int refusal_column = 0;
  // For XmlRootName: stop at the first start tag.
  bool root_only = false;

  void Refuse(std::string message) {
    if (!refusal.empty()) return;
    refusal = std::move(message);
    refusal_line = static_cast<int>(XML_GetCurrentLineNumber(parser));
    refusal_column = static_cast<int>(XML_GetCurrentColumnNumber(parser)) + 1;
    XML_StopParser(parser, XML_FALSE);
  }

  std::string Path() const {
    std::vector<std::string> names;
    for (const XmlElement* e : stack) names.push_back(absl::StrCat("<", e->name, ">"));
    return absl::StrJoin(names, "/");
  }
};

void OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* r = static_cast<Reader*>(data);
  if (!r->refusal.empty()) return;
  if (static_cast<int>(r->stack.size()) >= r->limits.max_depth) {
    r->Refuse(absl::StrCat("elements are nested more than ", r->limits.max_depth, " deep (limit max_depth)"));
    return;
  }
  if (++r->elements > r->limits.max_elements) {
    r->Refuse(absl::StrCat("more than ", r->limits.max_elements, " elements (limit max_rows)"));
    return;
  }
  XmlElement* e;
  if (r->stack.empty()) {
    e = &r->root;
    r->have_root = true;
  } else {
    r->stack.back()->children.emplace_back();
    e = &r->stack.back()->children.back();
  }
  e->name = name;
  e->line = static_cast<int>(XML_GetCurrentLineNumber(r->parser));
  e->column = static_cast<int>(XML_GetCurrentColumnNumber(r->parser)) + 1;
  for (const XML_Char** a = attributes; a[0] != nullptr && a[1] != nullptr; a += 2) {
    e->attributes.emplace_back(a[0], a[1]);
  }
  e->path =
      r->stack.empty() ? absl::StrCat("<", e->name, ">") : absl::StrCat(r->stack.back()->path, "/<", e->name, ">");
  r->stack.push_back(e);
  if (r->root_only) XML_StopParser(r->parser, XML_FALSE);
}

void OnEnd(void* data, const XML_Char*) {
  auto* r = static_cast<Reader*>(data);
  if (!r->stack.empty()) r->stack.pop_back();
}

void OnText(void* data, const XML_Char* s, int len) {
  auto* r = static_cast<Reader*>(data);
  if (!r->stack.empty() && len > 0) r->stack.back()->text.append(s, static_cast<size_t>(len));
}

void OnDoctype(void* data, const XML_Char* doctype_name, const XML_Char* sysid, const XML_Char* pubid, int) {
  auto* r = static_cast<Reader*>(data);
  if (sysid != nullptr || pubid != nullptr) {
    r->Refuse(
        absl::StrCat("the document type <!DOCTYPE ", doctype_name ? doctype_name : "", "> refers to an external DTD (",
                     sysid ? sysid : pubid,
                     "): external DTDs and entities are not accepted, as reading them could disclose local files"));
  }
}

void OnEntityDecl(void* data, const XML_Char* entity_name, int is_parameter_entity, const XML_Char*, int,
                  const XML_Char*, const XML_Char* system_id, const XML_Char*, const XML_Char*) {
  auto* r = static_cast<Reader*>(data);
  r->Refuse(absl::StrCat("entity declarations are not accepted (the document declares ",
                         system_id ? "the external entity " : "the entity ", is_parameter_entity ? "%" : "",
                         entity_name ? entity_name : "", system_id ? absl::StrCat(" SYSTEM \"", system_id, "\"") : "",
                         "): they can expand without limit or read local files, and web-service responses have none"));
}

int OnExternalEntityRef(XML_Parser parser, const XML_Char*, const XML_Char*, const XML_Char* system_id,
                        const XML_Char*) {
  auto* r = static_cast<Reader*>(XML_GetUserData(parser));
  r->Refuse(absl::StrCat("external entities are not accepted (", system_id ? system_id : "", ")"));
  return XML_STATUS_ERROR;
}

ParserPtr MakeParser(Reader& r) {
  ParserPtr p(XML_ParserCreate("UTF-8"));
  if (p == nullptr) return p;
  r.parser = p.get();
  XML_SetUserData(p.get(), &r);
  XML_SetElementHandler(p.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(p.get(), OnText);
  XML_SetStartDoctypeDeclHandler(p.get(), OnDoctype);
  XML_SetEntityDeclHandler(p.get(), OnEntityDecl);
  XML_SetExternalEntityRefHandler(p.get(), OnExternalEntityRef);
  XML_SetParamEntityParsing(p.get(), XML_PARAM_ENTITY_PARSING_NEVER);
  return p;
}

// Feeds the text; false when expat stopped (error, refusal or XML_StopParser).
bool Feed(XML_Parser p, absl::string_view text) {
  size_t at = 0;
  do {
    const size_t n = std::min(kChunkBytes, text.size() - at);
    const bool last = at + n == text.size();
    if (XML_Parse(p, text.data() + at, static_cast<int>(n), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
      return false;
    }
    at += n;
  } while (at < text.size());
  return true;
}

std::string Place(absl::string_view source, int line, int column, const std::string& path) {
  std::string out = source.empty() ? absl::StrCat(line, ":", column) : absl::StrCat(source, ":", line, ":", column);
  if (!path.empty()) absl::StrAppend(&out, ": ", path);
  return out;
}

}  // namespace

const XmlElement* XmlElement::Child(absl::string_view child_name) const {
  for (const XmlElement& c : children) {
    if (c.name == child_name) return &c;
  }
  return nullptr;
}

std::vector<const XmlElement*> XmlElement::Children(absl::string_view child_name) const {
  std::vector<const XmlElement*> out;
  for (const XmlElement& c : children) {
    if (c.name == child_name) out.push_back(&c);
  }
  return out;
}

std::string XmlElement::ChildText(absl::string_view child_name) const {
  const XmlElement* c = Child(child_name);
  return c == nullptr ? std::string() : std::string(absl::StripAsciiWhitespace(c->text));
}

const std::string* XmlElement::Attribute(absl::string_view attribute_name) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute_name) return &value;
  }
  return nullptr;
}

absl::StatusOr<XmlElement> ParseXml(absl::string_view text, absl::string_view source, const XmlLimits& limits) {
  if (absl::Status size = CheckInputSize(text); !size.ok()) return source.empty() ? size : Annotate(size, source);
  Reader r;
  r.limits = limits;
  ParserPtr p = MakeParser(r);
  if (p == nullptr) return absl::ResourceExhaustedError("cannot create an XML parser");
  if (!Feed(p.get(), text)) {
    if (!r.refusal.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(Place(source, r.refusal_line, r.refusal_column, r.Path()), ": ", r.refusal));
    }
    const int line = static_cast<int>(XML_GetCurrentLineNumber(p.get()));
    const int column = static_cast<int>(XML_GetCurrentColumnNumber(p.get())) + 1;
    return absl::InvalidArgumentError(absl::StrCat(
        Place(source, line, column, r.Path()), ": not well-formed XML: ", XML_ErrorString(XML_GetErrorCode(p.get()))));
  }
  if (!r.have_root) {
    return absl::InvalidArgumentError(
        absl::StrCat(source.empty() ? "" : absl::StrCat(source, ": "), "no XML element: the text is empty"));
  }
  return std::move(r.root);
}

std::string XmlRootName(absl::string_view text) {
  Reader r;
  r.root_only = true;
  ParserPtr p = MakeParser(r);
  if (p == nullptr) return "";
  Feed(p.get(), text.substr(0, std::min<size_t>(text.size(), 64 * 1024)));
  if (!r.refusal.empty() || !r.have_root) return "";
  return r.root.name;
}

std::string XmlPlace(absl::string_view source, const XmlElement& element) {
  return Place(source, element.line, element.column, element.path);
}

}  // namespace govgraph::internal
