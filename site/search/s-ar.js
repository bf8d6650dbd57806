DossierSearch.shard("ar", {"arctic":"2.6","areas":"3.4,1.5","armed":"0.6","arms":"1.9","arranged":"0.6","artificial":"2.6"});
