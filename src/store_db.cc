#include "store_db.h"

#include <cctype>
#include <string>
#include <utility>

namespace newsdesk::db {

Stmt::~Stmt() {
  if (cursor_ == nullptr) return;
  cursor_->Reset();
  if (in_use_ != nullptr) *in_use_ = false;
}

Status Stmt::Run() {
  Result<bool> row = Step();
  if (!row.ok()) return row.status();
  return Status::OK();
}

Result<Stmt> Connection::Prepare(std::string_view sql) {
  std::unique_ptr<Slot>& slot = cache_[std::string(sql)];
  if (slot && !slot->in_use) {
    slot->in_use = true;
    return Stmt(slot->cursor.get(), &slot->in_use, nullptr);
  }
  const bool nested = slot != nullptr;
  Result<std::unique_ptr<Cursor>> cursor = NewCursor(sql);
  if (!cursor.ok()) {
    if (!nested) cache_.erase(std::string(sql));
    return cursor.status();
  }
  if (nested) {
    Cursor* raw = cursor->get();  // before the move: argument order is unspecified
    return Stmt(raw, nullptr, std::move(*cursor));
  }
  slot = std::make_unique<Slot>();
  slot->cursor = std::move(*cursor);
  slot->in_use = true;
  return Stmt(slot->cursor.get(), &slot->in_use, nullptr);
}

Result<int64_t> Connection::QueryInt(std::string_view sql) {
  Result<Stmt> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no row: " + std::string(sql));
  return stmt->Int(0);
}

std::vector<PlainTerm> SplitPlainWords(std::string_view query) {
  // NUL ends an FTS5 query string early, so it separates words like whitespace.
  auto is_separator = [](char c) {
    return c == '\0' || std::isspace(static_cast<unsigned char>(c));
  };
  std::vector<std::string> words;
  size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && is_separator(query[i])) ++i;
    size_t start = i;
    while (i < query.size() && !is_separator(query[i])) ++i;
    if (i > start) words.emplace_back(query.substr(start, i - start));
  }
  auto is_operator = [](const std::string& w) { return w == "OR" || w == "AND" || w == "NOT"; };
  std::vector<PlainTerm> out;
  std::string op;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (is_operator(w) && op.empty() && !out.empty() && k + 1 < words.size() &&
        !is_operator(words[k + 1])) {
      op = w;
      continue;
    }
    PlainTerm term;
    term.op = std::move(op);
    op.clear();
    term.prefix = w.size() > 1 && w.back() == '*';
    term.word = term.prefix ? w.substr(0, w.size() - 1) : w;
    out.push_back(std::move(term));
  }
  return out;
}

}  // namespace newsdesk::db
