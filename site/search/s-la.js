DossierSearch.shard("la", {"laid":"3.6","largely":"0.4,4.7","later":"0.4,1.4","latest":"2.6","launched":"1.6","launching":"0.6","lavrov":"0.7,2.6","law":"2.6"});
