// Which outlet carried each statement (ANNOTATION.md, reported_by): an outlet named in the
// statement's sentence ("told Reuters", "in comments carried by TASS", "Interfax reported"),
// inherited by later statements of the same speaker until another speaker is quoted or a new
// occasion is named ("in a statement", "later"), and a "Source: OUTLET" layout line, which
// covers the statements before it and after it until "Previously:" or "Background:".
#pragma once

#include <vector>

#include "core/extract/attribution.h"

namespace claimgraph::core::extract {

// Sets `outlet` of every attribution (in text order) that inherits one.
void assign_outlets(std::vector<Attribution>& attributions, const std::vector<LayoutEvent>& layout);

}  // namespace claimgraph::core::extract
