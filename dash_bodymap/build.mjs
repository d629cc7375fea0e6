// Bundles BodyMap for Dash: React and PropTypes come from the globals Dash already serves.
import * as esbuild from 'esbuild';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'dashapp', 'bodymap', 'bodymap.min.js');

const GLOBALS = {react: 'React', 'prop-types': 'PropTypes'};

const dashGlobals = {
    name: 'dash-globals',
    setup(build) {
        build.onResolve({filter: /^(react|prop-types)$/}, args => ({
            path: args.path,
            namespace: 'dash-global',
        }));
        build.onLoad({filter: /.*/, namespace: 'dash-global'}, args => ({
            contents: `module.exports = window.${GLOBALS[args.path]};`,
            loader: 'js',
        }));
    },
};

await esbuild.build({
    entryPoints: [path.join(here, 'src', 'index.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'painmap_bodymap',
    target: ['es2019'],
    jsx: 'transform',
    loader: {'.js': 'jsx', '.css': 'text'},
    legalComments: 'none',
    plugins: [dashGlobals],
    outfile: out,
});
console.log(`wrote ${path.relative(process.cwd(), out)}`);
