DossierSearch.shard("la", {"laid":"4.6","largely":"0.4,1.7","larg~":"0.4,1.7","later":"0.4,2.4","latest":"3.6","launched":"2.6","launching":"0.6","launch~":"0.4,2.4","lavrov":"0.7,3.6","law":"3.6"});
