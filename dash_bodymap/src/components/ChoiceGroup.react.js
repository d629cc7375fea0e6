import React, {useCallback} from 'react';
import PropTypes from 'prop-types';

/**
 * ChoiceGroup: a row of choices built from native radio buttons (one answer) or
 * checkboxes (several answers) with real labels, so screen readers, keyboards and
 * touch all work the way people expect. Styled as buttons or chips through CSS.
 */
const ChoiceGroup = ({
    id,
    options = [],
    value = null,
    multiple = false,
    name,
    className = '',
    optionClassName = '',
    setProps,
}) => {
    // Pattern-matching ids arrive as objects; the DOM needs a string.
    const domId = id && typeof id === 'object' ? JSON.stringify(id) : id;
    const groupName = name || domId || 'choice';
    const chosen = multiple ? new Set(value || []) : null;

    const onChange = useCallback(
        (optionValue, checked) => {
            if (!setProps) {
                return;
            }
            if (!multiple) {
                setProps({value: optionValue});
                return;
            }
            const next = options
                .map(o => o.value)
                .filter(v => (v === optionValue ? checked : chosen.has(v)));
            setProps({value: next});
        },
        [setProps, multiple, options, chosen]
    );

    return (
        <div id={domId} className={`choice-group ${className}`.trim()}>
            {options.map((option, i) => {
                const checked = multiple ? chosen.has(option.value) : value === option.value;
                const inputId = `${groupName}-${i}`;
                return (
                    <span
                        key={String(option.value)}
                        className={`choice ${optionClassName} ${checked ? 'is-checked' : ''}`.trim()}
                        style={option.colour ? {'--choice-colour': option.colour} : undefined}
                    >
                        <input
                            id={inputId}
                            className="choice__input"
                            type={multiple ? 'checkbox' : 'radio'}
                            name={groupName}
                            value={String(option.value)}
                            checked={checked}
                            onChange={event => onChange(option.value, event.target.checked)}
                        />
                        <label htmlFor={inputId} className="choice__label">
                            {option.label}
                        </label>
                    </span>
                );
            })}
        </div>
    );
};

ChoiceGroup.propTypes = {
    /**
     * The ID used to identify this component in Dash callbacks.
     */
    id: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),

    /**
     * The choices: `label` shown, `value` reported, optional `colour` (CSS variable
     * --choice-colour on the choice, e.g. for an intensity scale).
     */
    options: PropTypes.arrayOf(
        PropTypes.exact({
            label: PropTypes.string.isRequired,
            value: PropTypes.oneOfType([PropTypes.string, PropTypes.number]).isRequired,
            colour: PropTypes.string,
        })
    ),

    /**
     * The chosen value (one answer), or the list of chosen values (several answers).
     */
    value: PropTypes.oneOfType([
        PropTypes.string,
        PropTypes.number,
        PropTypes.arrayOf(PropTypes.oneOfType([PropTypes.string, PropTypes.number])),
    ]),

    /**
     * Several answers (checkboxes) instead of one (radio buttons).
     */
    multiple: PropTypes.bool,

    /**
     * The name shared by the inputs; defaults to the id.
     */
    name: PropTypes.string,

    /**
     * CSS class of the group.
     */
    className: PropTypes.string,

    /**
     * CSS class of each choice.
     */
    optionClassName: PropTypes.string,

    /**
     * Dash-assigned callback that should be called to report property changes
     * to Dash, to make them available for callbacks.
     */
    setProps: PropTypes.func,
};

export default ChoiceGroup;
