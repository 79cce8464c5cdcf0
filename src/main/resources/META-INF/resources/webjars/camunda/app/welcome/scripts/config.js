/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // the city's name in the header
  app: {
    name: '滞納整理',
    vendor: '熊谷市 収納課'
  },
  // 滞納整理: Japanese whatever the browser asks for (locales/ja.json), as in Tasklist, Cockpit and Admin
  locales: {
    availableLocales: ['ja'],
    fallbackLocale: 'ja'
  }
};
