#include "core/extract/reported_by.h"

#include <optional>

namespace claimgraph::core::extract {

void assign_outlets(std::vector<Attribution>& attributions,
                    const std::vector<LayoutEvent>& layout) {
  std::optional<std::size_t> speaker;  // the speaker whose interview is running
  std::optional<std::size_t> outlet;   // and the outlet that carries it
  std::optional<std::size_t> source;   // a "Source:" line in force
  std::size_t source_scope = 0;        // first attribution a later "Source:" line covers
  std::size_t next_event = 0;
  for (std::size_t i = 0; i <= attributions.size(); ++i) {
    const std::size_t sentence =
        i < attributions.size() ? attributions[i].sentence : static_cast<std::size_t>(-1);
    for (; next_event < layout.size() && layout[next_event].sentence <= sentence; ++next_event) {
      const LayoutEvent& event = layout[next_event];
      if (event.ends_source) {
        source.reset();
        speaker.reset();
        source_scope = i;
      } else if (event.source) {
        source = event.source;
        for (std::size_t j = source_scope; j < i; ++j) {
          if (!attributions[j].outlet) attributions[j].outlet = source;
        }
      }
    }
    if (i == attributions.size()) break;
    Attribution& a = attributions[i];
    if (a.is_embedded) continue;
    if (a.outlet) {
      speaker = a.speaker;
      outlet = a.outlet;
      // statements of the same speaker just before "told OUTLET" belong to that interview
      for (std::size_t j = i; j-- > 0;) {
        Attribution& earlier = attributions[j];
        if (earlier.is_embedded) continue;
        if (earlier.speaker != a.speaker || earlier.outlet || earlier.is_new_occasion ||
            earlier.sentence + 2 < a.sentence || (a.is_dated && earlier.sentence != a.sentence)) {
          break;
        }
        earlier.outlet = a.outlet;
      }
    } else if (a.is_new_occasion) {
      speaker.reset();
    } else if (speaker && *speaker == a.speaker) {
      a.outlet = outlet;
    } else if (source) {
      a.outlet = source;
    } else {
      speaker.reset();
    }
  }
}

}  // namespace claimgraph::core::extract
