DossierSearch.shard("go", {"go":"1.6","goodwill":"2.6","goodwil~":"2.6","governments":"3.6","govern~":"3.6"});
