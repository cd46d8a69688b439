// Generated from test/fixtures/tiny-spec/openapi.yaml by scripts/generate.ts (openapi-typescript).
// Do not edit: change the spec and run `npm run generate`.
export interface paths {
  '/pets/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pets
     * @description Lists the pets of a kind.
     */
    get: operations['listPets'];
    put?: never;
    /**
     * Create a pet
     * @description Creates a pet, as JSON or as a stream of events.
     */
    post: operations['createPet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Request options. */
    Options: {
      /**
       * @description How careful to be.
       * @enum {string}
       */
      mode?: 'fast' | 'careful';
    };
    /** @description A pet to create. */
    NewPet: {
      /** @description The pet's name. */
      name: string;
      /** @description When true the reply is a stream of pet events (`text/event-stream`) instead of the pet. */
      stream?: boolean;
    };
    /** @description A pet. */
    Pet: {
      /** @description Unique id. */
      id: string;
      /** @description The pet's name. */
      name: string;
    };
    /** @description An error. */
    Problem: {
      /** @description What went wrong. */
      message?: string;
    };
    /** @description One event of the pet stream. */
    PetEvent: components['schemas']['PetBornEvent'] | components['schemas']['PetNamedEvent'];
    /** @description The pet was born. */
    PetBornEvent: {
      /**
       * @description Always `pet.born`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'pet.born';
      pet: components['schemas']['Pet'];
    };
    /** @description The pet got its name. */
    PetNamedEvent: {
      /**
       * @description Always `pet.named`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'pet.named';
      /** @description The new name. */
      name: string;
    };
  };
  responses: never;
  parameters: {
    /** @description The kind of pet. */
    Kind: 'cat' | 'dog';
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listPets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The kind of pet. */
        kind: components['parameters']['Kind'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pet'][];
        };
      };
      /** @description Bad request. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createPet: {
    parameters: {
      query?: never;
      header?: {
        /** @description Options as a JSON document. */
        'X-Options'?: string;
      };
      path: {
        /** @description The kind of pet. */
        kind: components['parameters']['Kind'];
      };
      cookie?: never;
    };
    /** @description The pet to create. */
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPet'];
      };
    };
    responses: {
      /** @description The created pet, or a stream of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pet'];
          'text/event-stream': components['schemas']['PetEvent'];
        };
      };
      /** @description Bad request. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
}
