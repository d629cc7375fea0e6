import BodyMap from './components/BodyMap.react';
import ChoiceGroup from './components/ChoiceGroup.react';
import GroupedSelect from './components/GroupedSelect.react';
import stylesheet from './bodymap.css';

// The component brings its own default look, so it renders the same in any Dash app.
if (typeof document !== 'undefined' && !document.getElementById('painmap-bodymap-css')) {
    const style = document.createElement('style');
    style.id = 'painmap-bodymap-css';
    style.textContent = stylesheet;
    document.head.prepend(style);
}

export {BodyMap, ChoiceGroup, GroupedSelect};
