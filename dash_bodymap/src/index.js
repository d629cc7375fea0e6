import BodyMap from './components/BodyMap.react';
import ChoiceGroup from './components/ChoiceGroup.react';
import GroupedSelect from './components/GroupedSelect.react';

// The default look ships as bodymap.css, which Dash serves next to this bundle.
export {BodyMap, ChoiceGroup, GroupedSelect};
