DossierSearch.shard("ar", {"arctic":"3.6","areas":"1.5,3.4","area~":"1.5,3.4","armed":"0.6","arms":"2.9","arm~":"0.4,2.6","arranged":"0.6","arrang~":"0.6","artificial":"3.6","artifici~":"3.6"});
