import React from 'react';
import PropTypes from 'prop-types';

/**
 * GroupedSelect: a native select with option groups. Browsers give it type-ahead (type the
 * first letters of a name to jump to it), arrow keys and screen-reader support for free.
 */
const GroupedSelect = ({id, groups = [], value = null, label, className = '', setProps}) => (
    <select
        id={id && typeof id === 'object' ? JSON.stringify(id) : id}
        aria-label={label}
        className={`grouped-select ${className}`.trim()}
        value={value === null || value === undefined ? '' : value}
        onChange={event => setProps && setProps({value: event.target.value})}
    >
        {groups.map(group => (
            <optgroup key={group.label} label={group.label}>
                {group.options.map(option => (
                    <option key={option.value} value={option.value}>
                        {option.label}
                    </option>
                ))}
            </optgroup>
        ))}
    </select>
);

GroupedSelect.propTypes = {
    /**
     * The ID used to identify this component in Dash callbacks (and by its <label>).
     */
    id: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),

    /**
     * Accessible name, when no <label> names the select.
     */
    label: PropTypes.string,

    /**
     * The option groups, each with a `label` and its `options` ({label, value}).
     */
    groups: PropTypes.arrayOf(
        PropTypes.exact({
            label: PropTypes.string.isRequired,
            options: PropTypes.arrayOf(
                PropTypes.exact({
                    label: PropTypes.string.isRequired,
                    value: PropTypes.string.isRequired,
                })
            ).isRequired,
        })
    ),

    /**
     * The chosen value.
     */
    value: PropTypes.string,

    /**
     * CSS class of the select.
     */
    className: PropTypes.string,

    /**
     * Dash-assigned callback that should be called to report property changes
     * to Dash, to make them available for callbacks.
     */
    setProps: PropTypes.func,
};

export default GroupedSelect;
