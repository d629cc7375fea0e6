// "Find an area": a combobox beside the map. Typing lists the areas whose names match; arrow
// keys and Enter, or a tap, choose one, and the map then moves its focus there. Choosing marks
// nothing: Space or Enter on the map does that.
import React, {useCallback, useEffect, useMemo, useRef, useState} from 'react';

import {placeRegions} from './keyboard';

const MAX_SHOWN = 8;

const WORDS = /[\s,()/-]+/;

/**
 * How well a label matches what was typed: 0 starts with it, 1 a word does, 2 each typed word
 * starts one of its words ("right head" finds "Right side of the head"), 3 contains it.
 */
function rank(label, wanted) {
    const text = label.toLowerCase();
    if (text.startsWith(wanted)) {
        return 0;
    }
    const words = text.split(WORDS);
    if (words.some(word => word.startsWith(wanted))) {
        return 1;
    }
    if (wanted.split(WORDS).every(part => words.some(word => word.startsWith(part)))) {
        return 2;
    }
    return text.includes(wanted) ? 3 : 4;
}

/** The areas matching `typed`, best first, in map order among equals; at most `limit`. */
export function matchAreas(placed, typed, limit = MAX_SHOWN) {
    const wanted = (typed || '').trim().toLowerCase();
    if (!wanted) {
        return [];
    }
    return placed
        .map((p, order) => ({p, order, rank: rank(p.label, wanted)}))
        .filter(m => m.rank < 4)
        .sort((a, b) => a.rank - b.rank || a.order - b.order)
        .slice(0, limit)
        .map(m => m.p);
}

/** What the live region says as the list changes: only a count, never an area's name. */
export function matchCount(n) {
    if (n === 0) {
        return 'No area matches.';
    }
    return n === 1 ? '1 area matches.' : `${n} areas match.`;
}

export function FindArea({idBase, label, placed, onChoose, onCount}) {
    const [text, setText] = useState('');
    const [active, setActive] = useState(0);
    const [open, setOpen] = useState(false);
    const matches = open ? matchAreas(placed, text) : [];
    const inputId = `${idBase}-find`;
    const listId = `${idBase}-find-list`;
    const optionId = i => `${idBase}-find-option-${i}`;

    const choose = area => {
        setOpen(false);
        setText(area.label);
        onChoose(area.id);
    };
    const onChange = event => {
        const value = event.target.value;
        setText(value);
        setActive(0);
        setOpen(Boolean(value.trim()));
        onCount(value.trim() ? matchCount(matchAreas(placed, value).length) : '');
    };
    const onKeyDown = event => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!open) {
                setOpen(Boolean(text.trim()));
                return;
            }
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive(i => (matches.length ? (i + step + matches.length) % matches.length : 0));
        } else if (event.key === 'Enter' && matches.length) {
            event.preventDefault();
            choose(matches[Math.min(active, matches.length - 1)]);
        } else if (event.key === 'Escape') {
            if (open) {
                setOpen(false);
            } else {
                setText('');
            }
        }
    };
    const expanded = matches.length > 0;
    return (
        <div className="bodymap__find">
            <label className="bodymap__find-label" htmlFor={inputId}>
                {label}
            </label>
            <input
                id={inputId}
                className="bodymap__find-input"
                type="text"
                role="combobox"
                autoComplete="off"
                spellCheck="false"
                aria-autocomplete="list"
                aria-expanded={expanded ? 'true' : 'false'}
                aria-controls={listId}
                aria-activedescendant={expanded ? optionId(Math.min(active, matches.length - 1)) : undefined}
                value={text}
                onChange={onChange}
                onKeyDown={onKeyDown}
                onBlur={() => setOpen(false)}
            />
            <ul id={listId} className="bodymap__find-list" role="listbox" aria-label={label} hidden={!expanded}>
                {matches.map((area, i) => (
                    <li
                        key={area.id}
                        id={optionId(i)}
                        role="option"
                        className="bodymap__find-option"
                        data-area={area.id}
                        aria-selected={i === active ? 'true' : 'false'}
                        // Keeps the focus in the input, so its blur does not close the list first.
                        onMouseDown={event => event.preventDefault()}
                        onClick={() => choose(area)}
                    >
                        {area.label}
                    </li>
                ))}
            </ul>
        </div>
    );
}

/**
 * What the find box looks through and what choosing does. It looks through every view; an area
 * on a view the page hides (a phone shows one at a time) is asked for through `requestedView`,
 * and focused once the page shows it.
 */
export function useFind({views, byView, passiveLayers, hiddenViews, regionById, report, moveTo, reveal}) {
    const findable = useMemo(
        () =>
            placeRegions(
                views.flatMap(view =>
                    (byView[view] || []).filter(r => !passiveLayers.includes(r.layer || 'surface'))
                )
            ),
        [byView, views, passiveLayers]
    );
    const waitingFor = useRef(null);
    const isHidden = useCallback(
        regionId => hiddenViews.split('\n').includes(regionById[regionId].view),
        [hiddenViews, regionById]
    );
    const choose = useCallback(
        regionId => {
            if (isHidden(regionId)) {
                waitingFor.current = regionId;
                report({requestedView: regionById[regionId].view});
            } else {
                moveTo(regionId, reveal);
            }
        },
        [isHidden, report, regionById, moveTo, reveal]
    );
    useEffect(() => {
        const regionId = waitingFor.current;
        if (regionId && !isHidden(regionId)) {
            waitingFor.current = null;
            moveTo(regionId, reveal);
            report({requestedView: null});
        }
    }, [isHidden, moveTo, reveal, report]);
    return {findable, choose};
}
